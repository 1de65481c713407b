package dev.evidex.verification.artifact.attestation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One signature of a DSSE envelope.
 *
 * @param certificatePem the non-standard {@code cert} field older slsa-github-generator envelopes carry
 */
public record DsseSignature(Optional<String> keyId, byte[] signature, Optional<String> certificatePem) {
    public DsseSignature {
        requireNonNull(keyId, "keyId is null");
        signature = requireNonNull(signature, "signature is null").clone();
        requireNonNull(certificatePem, "certificatePem is null");
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
