package dev.evidex.verification.artifact.attestation;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.artifact.Sha256Digest;
import java.util.Optional;

/**
 * Policy checks like slsa-verifier's. Each present value is a requested check that fails when
 * the attestation lacks what it compares; an absent value is reported as not applicable.
 *
 * @param builderId expected builder id; without {@code @} any ref of that builder matches
 * @param sourceRepository expected source repository, for example {@code github.com/org/repo}
 * @param keyId expected DSSE signature key id, when the signer names its key
 */
public record ProvenancePolicy(
        Optional<Sha256Digest> artifactDigest,
        Optional<String> builderId,
        Optional<String> sourceRepository,
        Optional<String> keyId) {
    public ProvenancePolicy {
        requireNonNull(artifactDigest, "artifactDigest is null");
        requireNonNull(builderId, "builderId is null");
        requireNonNull(sourceRepository, "sourceRepository is null");
        requireNonNull(keyId, "keyId is null");
    }

    public static ProvenancePolicy none() {
        return new ProvenancePolicy(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ProvenancePolicy withArtifactDigest(Sha256Digest digest) {
        return new ProvenancePolicy(Optional.of(digest), builderId, sourceRepository, keyId);
    }

    public ProvenancePolicy withBuilderId(String expected) {
        return new ProvenancePolicy(artifactDigest, Optional.of(expected), sourceRepository, keyId);
    }

    public ProvenancePolicy withSourceRepository(String expected) {
        return new ProvenancePolicy(artifactDigest, builderId, Optional.of(expected), keyId);
    }

    public ProvenancePolicy withKeyId(String expected) {
        return new ProvenancePolicy(artifactDigest, builderId, sourceRepository, Optional.of(expected));
    }
}
