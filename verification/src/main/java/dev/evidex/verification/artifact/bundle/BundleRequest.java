package dev.evidex.verification.artifact.bundle;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;

/**
 * What to verify and what to trust. A keyless bundle needs {@code trustedRoot}; a bundle signed
 * with a managed key needs {@code key}, and also {@code trustedRoot} when it carries a
 * transparency-log entry or timestamp (evidence that is present is never skipped).
 *
 * @param artifactDigest SHA-256 of the signed artifact, or of the DSSE subject
 * @param identity expected keyless identity; absent: the signer identity is only reported
 */
public record BundleRequest(
        String bundleName,
        String bundleJson,
        Sha256Digest artifactDigest,
        Optional<Path> trustedRoot,
        Optional<PublicKey> key,
        Optional<IdentityPolicy> identity,
        ProvenancePolicy provenancePolicy) {
    public BundleRequest {
        requireNonNull(bundleName, "bundleName is null");
        requireNonNull(bundleJson, "bundleJson is null");
        requireNonNull(artifactDigest, "artifactDigest is null");
        requireNonNull(trustedRoot, "trustedRoot is null");
        requireNonNull(key, "key is null");
        requireNonNull(identity, "identity is null");
        requireNonNull(provenancePolicy, "provenancePolicy is null");
        if (trustedRoot.isEmpty() && key.isEmpty()) {
            throw new IllegalArgumentException("a trusted root or a public key is required to verify a bundle");
        }
    }
}
