package dev.evidex.verification.artifact.cosign;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.Optional;

/**
 * The fields of a Cosign "simple signing" payload that verification relies on. The payload is
 * parsed only to read these; the signature is always checked over the original bytes.
 */
public record SimpleSigningPayload(String type, String dockerManifestDigest, Optional<String> dockerReference) {
    public SimpleSigningPayload {
        requireNonNull(type, "type is null");
        requireNonNull(dockerManifestDigest, "dockerManifestDigest is null");
        requireNonNull(dockerReference, "dockerReference is null");
    }

    public static SimpleSigningPayload parse(byte[] payload) throws SignatureVerificationException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(payload);
        } catch (IOException e) {
            throw new SignatureVerificationException("simple-signing payload is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new SignatureVerificationException("simple-signing payload is not a JSON object");
        }
        JsonNode critical = root.path("critical");
        JsonNode digest = critical.path("image").path("docker-manifest-digest");
        if (!digest.isTextual()) {
            throw new SignatureVerificationException(
                    "simple-signing payload has no critical.image.docker-manifest-digest string");
        }
        JsonNode reference = critical.path("identity").path("docker-reference");
        return new SimpleSigningPayload(critical.path("type").asText(""), digest.asText(),
                reference.isTextual() ? Optional.of(reference.asText()) : Optional.empty());
    }
}
