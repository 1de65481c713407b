package dev.evidex.verification.artifact.attestation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A DSSE envelope: payload type, the exact payload bytes, and its signatures. */
public record DsseEnvelope(String payloadType, byte[] payload, List<DsseSignature> signatures) {
    public static final String IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

    public DsseEnvelope {
        requireNonNull(payloadType, "payloadType is null");
        payload = requireNonNull(payload, "payload is null").clone();
        signatures = List.copyOf(requireNonNull(signatures, "signatures is null"));
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The bytes a standard DSSE signature signs. */
    public byte[] preAuthenticationEncoding() {
        return Pae.encode(payloadType, payload);
    }

    public static DsseEnvelope fromJson(JsonNode envelope) throws AttestationVerificationException {
        if (!envelope.path("payloadType").isTextual() || !envelope.path("payload").isTextual()
                || !envelope.path("signatures").isArray()) {
            throw new AttestationVerificationException("not a DSSE envelope: expected payloadType, payload and signatures[]");
        }
        try {
            List<DsseSignature> signatures = new ArrayList<>();
            for (JsonNode signature : envelope.path("signatures")) {
                signatures.add(new DsseSignature(text(signature.path("keyid")),
                        Base64Text.decode(signature.path("sig").asText(""), "DSSE signature"),
                        text(signature.path("cert"))));
            }
            return new DsseEnvelope(envelope.path("payloadType").asText(),
                    Base64Text.decode(envelope.path("payload").asText(), "DSSE payload"), signatures);
        } catch (IllegalArgumentException e) {
            throw new AttestationVerificationException(e.getMessage(), e);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? Optional.of(node.asText()) : Optional.empty();
    }
}
