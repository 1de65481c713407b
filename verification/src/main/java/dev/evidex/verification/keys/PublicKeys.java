package dev.evidex.verification.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Parsing, fingerprinting and encoding of public keys (PEM SubjectPublicKeyInfo). */
public final class PublicKeys {
    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";
    private static final int MAX_PEM_LENGTH = 64 * 1024;
    private static final List<String> ALGORITHMS = List.of("EC", "Ed25519", "RSA");

    private PublicKeys() {}

    /**
     * Parses a PEM {@code PUBLIC KEY} (ECDSA, Ed25519 or RSA).
     *
     * @throws KeyFormatException with what was wrong, never a bare parser exception
     */
    public static PublicKey parsePem(String pem) throws KeyFormatException {
        if (pem.length() > MAX_PEM_LENGTH) {
            throw new KeyFormatException("PEM public key is larger than " + MAX_PEM_LENGTH + " characters");
        }
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new KeyFormatException("not a PEM public key: expected '" + BEGIN + "' ... '" + END + "'");
        }
        String body = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
        byte[] der;
        try {
            der = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException("PEM public key has invalid base64: " + e.getMessage(), e);
        }
        return parseDer(der);
    }

    /** Parses a DER SubjectPublicKeyInfo. */
    public static PublicKey parseDer(byte[] der) throws KeyFormatException {
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException | IllegalArgumentException ignored) {
                // try the next algorithm; the key type is not known before parsing
            }
        }
        throw new KeyFormatException("public key is not a valid ECDSA, Ed25519 or RSA SubjectPublicKeyInfo");
    }

    /** Key id: {@code sha256:} + hex of SHA-256 over the DER SubjectPublicKeyInfo. */
    public static String keyId(PublicKey key) {
        return "sha256:" + HexFormat.of().formatHex(sha256(key.getEncoded()));
    }

    /** The PEM text of a public key, 64 characters a line. */
    public static String toPem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return BEGIN + "\n" + body + "\n" + END + "\n";
    }

    /** The signature algorithm Evidex uses with a key: ECDSA P-256/SHA-256 or Ed25519. */
    public static String signatureAlgorithm(PublicKey key) throws KeyFormatException {
        if (key instanceof ECPublicKey ec) {
            if (ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new KeyFormatException("only ECDSA P-256 keys are accepted for seals, got a "
                        + ec.getParams().getCurve().getField().getFieldSize() + "-bit curve");
            }
            return "SHA256withECDSA";
        }
        if ("Ed25519".equals(key.getAlgorithm()) || "EdDSA".equals(key.getAlgorithm())) {
            return "Ed25519";
        }
        throw new KeyFormatException("unsupported key type for seals: " + key.getAlgorithm());
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
