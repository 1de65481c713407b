package dev.evidex.verification.artifact.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;

/**
 * A verified log entry proves something only if it records what the bundle claims: the same
 * digest (or DSSE payload), the same signature and the same key. Handles hashedrekord and dsse,
 * Rekor v1 (0.0.1) and v2 (0.0.2) bodies.
 */
final class LogEntryBodies {
    private LogEntryBodies() {}

    /** What differs, in words; empty when the entry records this bundle's signature. */
    static String mismatch(JsonNode entry, BundleRequest request, BundleDocument document, PublicKey key, byte[] signature) {
        JsonNode body;
        try {
            body = PublicKeyBundleVerifier.decodeBody(entry);
        } catch (IOException | IllegalArgumentException e) {
            return "its body is not base64 JSON: " + e.getMessage();
        }
        String kind = body.path("kind").asText() + " " + body.path("apiVersion").asText();
        JsonNode spec = body.path("spec");
        try {
            return switch (kind) {
                case "hashedrekord 0.0.1" -> compare(
                        Sha256Digest.parse(spec.path("data").path("hash").path("value").asText("")).bytes(),
                        request.artifactDigest().bytes(), decode(spec.path("signature").path("content")), signature,
                        pemKey(spec.path("signature").path("publicKey").path("content")), key);
                case "dsse 0.0.1" -> compare(
                        Sha256Digest.parse(spec.path("payloadHash").path("value").asText("")).bytes(), payloadDigest(document),
                        decode(spec.path("signatures").path(0).path("signature")), signature,
                        pemKey(spec.path("signatures").path(0).path("verifier")), key);
                case "hashedrekord 0.0.2" -> compare(
                        decode(spec.path("hashedRekordV002").path("data").path("digest")), request.artifactDigest().bytes(),
                        decode(spec.path("hashedRekordV002").path("signature").path("content")), signature,
                        derKey(spec.path("hashedRekordV002").path("signature").path("verifier")), key);
                case "dsse 0.0.2" -> compare(
                        decode(spec.path("dsseV002").path("payloadHash").path("digest")), payloadDigest(document),
                        decode(spec.path("dsseV002").path("signatures").path(0).path("content")), signature,
                        derKey(spec.path("dsseV002").path("signatures").path(0).path("verifier")), key);
                default -> "its kind '" + kind + "' is not supported for public-key bundles";
            };
        } catch (IllegalArgumentException | KeyFormatException e) {
            return "its body cannot be read: " + e.getMessage();
        }
    }

    private static String compare(byte[] loggedDigest, byte[] digest, byte[] loggedSignature, byte[] signature,
            byte[] loggedKey, PublicKey key) {
        if (!Arrays.equals(loggedDigest, digest)) {
            return "it records digest " + Sha256Digest.ofBytes(loggedDigest) + ", not " + Sha256Digest.ofBytes(digest);
        }
        if (!Arrays.equals(loggedSignature, signature)) {
            return "it records a different signature";
        }
        if (!Arrays.equals(loggedKey, key.getEncoded())) {
            return "it records a different public key";
        }
        return "";
    }

    private static byte[] payloadDigest(BundleDocument document) {
        return Sha256Digest.of(document.dsseEnvelope().orElseThrow().payload()).bytes();
    }

    private static byte[] decode(JsonNode base64) {
        return Base64Text.decode(base64.asText(""), "log entry field");
    }

    private static byte[] pemKey(JsonNode base64Pem) throws KeyFormatException {
        return PublicKeys.parsePem(new String(decode(base64Pem), StandardCharsets.UTF_8)).getEncoded();
    }

    private static byte[] derKey(JsonNode verifier) {
        return decode(verifier.path("publicKey").path("rawBytes"));
    }
}
