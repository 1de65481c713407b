package dev.evidex.verification.artifact.cosign;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Cosign's Rekor bundle annotation: a signed entry timestamp (SET) over the log entry. The SET
 * is a signature by the log's key over the canonical JSON
 * {@code {"body","integratedTime","logID","logIndex"}} (sorted keys, no spaces).
 *
 * @param body base64 of the canonical log entry body (a hashedrekord)
 * @param logId hex SHA-256 of the log's public key
 */
public record RekorBundleAnnotation(byte[] signedEntryTimestamp, String body, long integratedTime, String logId, long logIndex) {
    public RekorBundleAnnotation {
        signedEntryTimestamp = requireNonNull(signedEntryTimestamp, "signedEntryTimestamp is null").clone();
        requireNonNull(body, "body is null");
        requireNonNull(logId, "logId is null");
    }

    @Override
    public byte[] signedEntryTimestamp() {
        return signedEntryTimestamp.clone();
    }

    public static RekorBundleAnnotation parse(String json) throws SignatureVerificationException {
        try {
            JsonNode root = Json.mapper().readTree(json);
            JsonNode payload = root.path("Payload");
            requireFields(root.path("SignedEntryTimestamp").isTextual() && payload.path("body").isTextual()
                    && payload.path("integratedTime").canConvertToExactIntegral()
                    && payload.path("logIndex").canConvertToExactIntegral()
                    && payload.path("logID").asText("").matches("[0-9a-fA-F]{1,128}")
                    && payload.path("body").asText("").matches("[A-Za-z0-9+/=]*"));
            return new RekorBundleAnnotation(
                    Base64Text.decode(root.path("SignedEntryTimestamp").asText(), "SignedEntryTimestamp"),
                    payload.path("body").asText(), payload.path("integratedTime").asLong(),
                    payload.path("logID").asText(), payload.path("logIndex").asLong());
        } catch (IOException e) {
            throw new SignatureVerificationException("Rekor bundle is not valid JSON: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SignatureVerificationException("Rekor bundle: " + e.getMessage(), e);
        }
    }

    /** The exact bytes the SET signs. Built by hand: every value is a string of base64/hex or a number. */
    public byte[] signedContent() {
        String canonical = "{\"body\":\"" + body + "\",\"integratedTime\":" + integratedTime
                + ",\"logID\":\"" + logId + "\",\"logIndex\":" + logIndex + "}";
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    /** The decoded hashedrekord body. */
    public JsonNode decodedBody() throws SignatureVerificationException {
        try {
            return Json.mapper().readTree(Base64Text.decode(body, "Rekor entry body"));
        } catch (IOException | IllegalArgumentException e) {
            throw new SignatureVerificationException("Rekor entry body is not base64 JSON: " + e.getMessage(), e);
        }
    }

    private static void requireFields(boolean present) {
        if (!present) {
            throw new IllegalArgumentException(
                    "expected SignedEntryTimestamp and Payload{body, integratedTime, logIndex, logID}");
        }
    }
}
