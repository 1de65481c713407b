package dev.evidex.verification.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** RFC 9162 hashing: leaves and interior nodes are domain-separated by a one-byte prefix. */
public final class Hashes {
    /** Length of a SHA-256 hash. */
    public static final int LENGTH = 32;
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final HexFormat HEX = HexFormat.of();

    private Hashes() {}

    /** A new SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** SHA-256 of some bytes. */
    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    /** Leaf hash: SHA-256(0x00 || data). */
    public static byte[] leaf(byte[] data) {
        return leaf(sha256(), data, 0, data.length);
    }

    /** Leaf hash of {@code data[offset, offset + length)} reusing a digest (hot path). */
    public static byte[] leaf(MessageDigest digest, byte[] data, int offset, int length) {
        digest.reset();
        digest.update(LEAF_PREFIX);
        digest.update(data, offset, length);
        return digest.digest();
    }

    /** Interior node hash: SHA-256(0x01 || left || right). */
    public static byte[] node(byte[] left, byte[] right) {
        return node(sha256(), left, right);
    }

    /** Interior node hash reusing a digest. */
    public static byte[] node(MessageDigest digest, byte[] left, byte[] right) {
        digest.reset();
        digest.update(NODE_PREFIX);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** Hash of the empty tree: SHA-256 of no bytes. */
    public static byte[] emptyRoot() {
        return sha256(new byte[0]);
    }

    public static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    public static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }
}
