package dev.evidex.collector.sign;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.record.Artifact;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.artifact.bundle.IdentityPolicy;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * What the signatures are verified against: the image digest, the trusted keys, the Rekor key,
 * the Sigstore trusted root, the keyless identity and the SLSA policy; and the same trust
 * material as artifacts, so that an auditor can re-run the verification from the store.
 */
public record SignTrust(
        Sha256Digest digest,
        List<PublicKey> keys,
        Optional<PublicKey> rekorKey,
        Optional<Path> trustedRoot,
        Optional<IdentityPolicy> identity,
        ProvenancePolicy policy,
        List<Artifact> material) {
    public SignTrust {
        requireNonNull(digest, "digest is null");
        keys = List.copyOf(requireNonNull(keys, "keys is null"));
        requireNonNull(rekorKey, "rekorKey is null");
        requireNonNull(trustedRoot, "trustedRoot is null");
        requireNonNull(identity, "identity is null");
        requireNonNull(policy, "policy is null");
        material = List.copyOf(requireNonNull(material, "material is null"));
    }

    /** The policy for an attestation about this image: its digest must be a subject. */
    public ProvenancePolicy attestationPolicy() {
        return policy.withArtifactDigest(digest);
    }
}
