package dev.evidex.verification.artifact;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** A SHA-256 digest, written {@code sha256:<64 lowercase hex>}. */
public record Sha256Digest(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public Sha256Digest {
        requireNonNull(hex, "hex is null");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest: expected 64 lowercase hex characters");
        }
    }

    /** Parses {@code sha256:<hex>} or bare hex; upper case hex is accepted and normalised. */
    public static Sha256Digest parse(String text) {
        requireNonNull(text, "text is null");
        String trimmed = text.trim();
        String hex = trimmed.regionMatches(true, 0, "sha256:", 0, 7) ? trimmed.substring(7) : trimmed;
        if (!HEX.matcher(hex.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest: '" + abbreviate(text)
                    + "' (expected sha256:<64 hex characters>)");
        }
        return new Sha256Digest(hex.toLowerCase(Locale.ROOT));
    }

    public static Sha256Digest of(byte[] bytes) {
        return new Sha256Digest(HexFormat.of().formatHex(newDigest().digest(bytes)));
    }

    /** Streams a file of any size; memory stays constant. */
    public static Sha256Digest of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return new Sha256Digest(HexFormat.of().formatHex(digest.digest()));
    }

    public static Sha256Digest ofBytes(byte[] rawDigest) {
        return new Sha256Digest(HexFormat.of().formatHex(rawDigest));
    }

    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return "sha256:" + hex;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
