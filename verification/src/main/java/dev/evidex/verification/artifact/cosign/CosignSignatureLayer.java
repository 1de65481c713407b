package dev.evidex.verification.artifact.cosign;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A Cosign signature as stored by containers/image ({@code signature-N} files): byte 0x00, the
 * line {@code sigstore-json}, then JSON {@code {mimeType, payload, annotations}}.
 *
 * @param payload the exact payload bytes that were signed
 * @param signatureBase64 annotation {@code dev.cosignproject.cosign/signature}
 * @param rekorBundle annotation {@code dev.sigstore.cosign/bundle}, verbatim, when present
 */
public record CosignSignatureLayer(byte[] payload, String signatureBase64, Optional<String> rekorBundle) {
    static final byte[] MAGIC = "\0sigstore-json\n".getBytes(StandardCharsets.US_ASCII);

    public CosignSignatureLayer {
        payload = requireNonNull(payload, "payload is null").clone();
        requireNonNull(signatureBase64, "signatureBase64 is null");
        requireNonNull(rekorBundle, "rekorBundle is null");
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    public static boolean isLayer(byte[] file) {
        return file.length >= MAGIC.length && Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    public static CosignSignatureLayer parse(byte[] file) throws SignatureVerificationException {
        if (!isLayer(file)) {
            throw new SignatureVerificationException("not a sigstore-json signature layer (no 0x00 'sigstore-json' header)");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(Arrays.copyOfRange(file, MAGIC.length, file.length));
        } catch (IOException e) {
            throw new SignatureVerificationException("signature layer JSON is malformed: " + e.getMessage(), e);
        }
        JsonNode annotations = root.path("annotations");
        JsonNode signature = annotations.path("dev.cosignproject.cosign/signature");
        if (!root.path("payload").isTextual() || !signature.isTextual()) {
            throw new SignatureVerificationException(
                    "signature layer lacks 'payload' or annotation 'dev.cosignproject.cosign/signature'");
        }
        byte[] payload;
        try {
            payload = Base64Text.decode(root.path("payload").asText(), "signature layer payload");
        } catch (IllegalArgumentException e) {
            throw new SignatureVerificationException(e.getMessage(), e);
        }
        JsonNode bundle = annotations.path("dev.sigstore.cosign/bundle");
        return new CosignSignatureLayer(payload, signature.asText(),
                bundle.isTextual() ? Optional.of(bundle.asText()) : Optional.empty());
    }
}
