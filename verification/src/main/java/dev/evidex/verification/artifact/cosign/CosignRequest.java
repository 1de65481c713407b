package dev.evidex.verification.artifact.cosign;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.artifact.Sha256Digest;
import java.security.PublicKey;
import java.util.Optional;

/**
 * What to verify: a simple-signing payload and its signature, with the key and image digest
 * the caller trusts. A Rekor key without a Rekor bundle fails: the log check was requested.
 *
 * @param payload exact payload bytes as signed
 * @param signatureBase64 the base64 signature (ASN.1 DER ECDSA, or RSA)
 * @param imageDigest the digest of the image being checked
 * @param rekorBundle Cosign's {@code dev.sigstore.cosign/bundle} JSON, when present
 * @param rekorKey the Rekor public key that signs entry timestamps, when the log is checked
 */
public record CosignRequest(
        byte[] payload,
        String signatureBase64,
        PublicKey key,
        Sha256Digest imageDigest,
        Optional<String> rekorBundle,
        Optional<PublicKey> rekorKey) {
    public CosignRequest {
        payload = requireNonNull(payload, "payload is null").clone();
        requireNonNull(signatureBase64, "signatureBase64 is null");
        requireNonNull(key, "key is null");
        requireNonNull(imageDigest, "imageDigest is null");
        requireNonNull(rekorBundle, "rekorBundle is null");
        requireNonNull(rekorKey, "rekorKey is null");
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }
}
