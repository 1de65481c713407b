package dev.evidex.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.attestation.AttestationDocuments;
import dev.evidex.verification.artifact.attestation.AttestationSource;
import dev.evidex.verification.artifact.attestation.AttestationVerificationException;
import dev.evidex.verification.artifact.attestation.AttestationVerifier;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.artifact.bundle.BundleDocument;
import dev.evidex.verification.artifact.bundle.BundleRequest;
import dev.evidex.verification.artifact.bundle.BundleVerificationException;
import dev.evidex.verification.artifact.bundle.BundleVerifier;
import dev.evidex.verification.artifact.bundle.IdentityPolicy;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.trust.TrustConfigurationException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Re-verifies a DSSE envelope (in-toto statement, SLSA provenance) or a Sigstore bundle linked to
 * a record, offline, with the trust material on disk: the trusted image- and attestation-signing
 * keys, and for keyless bundles a Sigstore trusted root and the trusted signers, if any are listed.
 * The record's own claims (image digest, builder, source repository) are the policy, so a signed
 * statement that contradicts its record fails.
 */
final class AttestationCheck {
    private AttestationCheck() {}

    static List<CheckResult> run(String role, byte[] bytes, JsonNode record, Optional<TrustedKeys> keys,
            EvidenceTrust trust) {
        String prefix = ReportChecks.prefix(role);
        List<AttestationSource> sources;
        try {
            sources = AttestationDocuments.read(bytes);
        } catch (AttestationVerificationException e) {
            return List.of(CheckResult.failed(prefix + "format", "cannot read the attestation: " + e.getMessage()));
        }
        if (keys.isEmpty()) {
            return List.of(CheckResult.failed(prefix + "signature",
                    "cannot verify: the trusted keys could not be loaded (see the seal signature check)"));
        }
        List<PublicKey> signingKeys = signingKeys(keys.get());
        ProvenancePolicy policy = policy(record);
        List<CheckResult> results = new ArrayList<>();
        for (AttestationSource source : sources) {
            results.addAll(source instanceof AttestationSource.Envelope envelope
                    ? envelope(prefix, envelope, signingKeys, policy)
                    : bundle(prefix, (AttestationSource.Bundle) source, signingKeys, trust, policy));
        }
        return results;
    }

    private static List<CheckResult> envelope(String prefix, AttestationSource.Envelope envelope,
            List<PublicKey> signingKeys, ProvenancePolicy policy) {
        if (signingKeys.isEmpty()) {
            return List.of(CheckResult.failed(prefix + "signature", "cannot verify: no trusted key for image or "
                    + "attestation signing is configured (trusted keys directory in Store settings)"));
        }
        try {
            return ReportChecks.of(prefix, new AttestationVerifier().verify("envelope", envelope, signingKeys, policy),
                    policy);
        } catch (AttestationVerificationException e) {
            return List.of(CheckResult.failed(prefix + "signature", e.getMessage()));
        }
    }

    private static List<CheckResult> bundle(String prefix, AttestationSource.Bundle bundle, List<PublicKey> signingKeys,
            EvidenceTrust trust, ProvenancePolicy policy) {
        Optional<Sha256Digest> digest = policy.artifactDigest();
        if (digest.isEmpty()) {
            return List.of(CheckResult.failed(prefix + "signature",
                    "cannot verify: the record names no image digest for the bundle to sign"));
        }
        Optional<Path> trustedRoot = trust.sigstoreRoot();
        if (trustedRoot.isEmpty() && signingKeys.isEmpty()) {
            return List.of(CheckResult.failed(prefix + "signature", "cannot verify: no trusted key and no Sigstore "
                    + "trusted root (" + EvidenceTrust.SIGSTORE_ROOT + " in the trusted keys directory)"));
        }
        try {
            boolean keyless = !BundleDocument.parse(bundle.json()).signedWithPublicKey();
            if (keyless && trustedRoot.isEmpty()) {
                return List.of(CheckResult.failed(prefix + "signature", "cannot verify: the bundle is signed with a "
                        + "Fulcio certificate, so a Sigstore trusted root is required (" + EvidenceTrust.SIGSTORE_ROOT
                        + " in the trusted keys directory)"));
            }
            List<BundleRequest> attempts = new ArrayList<>();
            if (keyless) {
                for (Optional<IdentityPolicy> identity : KeylessSigners.policies(trust)) {
                    attempts.add(new BundleRequest("bundle", bundle.json(), digest.get(), trustedRoot, Optional.empty(),
                            identity, policy));
                }
            } else {
                for (PublicKey key : signingKeys) {
                    attempts.add(new BundleRequest("bundle", bundle.json(), digest.get(), trustedRoot, Optional.of(key),
                            Optional.empty(), policy));
                }
            }
            if (attempts.isEmpty()) {
                return List.of(CheckResult.failed(prefix + (keyless ? "certificate-identity" : "signature"), keyless
                        ? "cannot verify: no signer in " + EvidenceTrust.IDENTITIES + " is trusted for image or attestation signing"
                        : "cannot verify: no trusted key for image or attestation signing"));
            }
            return ReportChecks.of(prefix, firstVerifiedOrLast(attempts), policy);
        } catch (BundleVerificationException | TrustConfigurationException | IllegalArgumentException e) {
            return List.of(CheckResult.failed(prefix + "signature", e.getMessage()));
        }
    }

    /** Each trusted key (a managed-key bundle names none we can rely on) or each trusted keyless signer in turn. */
    private static ArtifactReport firstVerifiedOrLast(List<BundleRequest> attempts) throws BundleVerificationException {
        ArtifactReport report = null;
        for (BundleRequest attempt : attempts) {
            report = new BundleVerifier().verify(attempt);
            if (report.verified()) {
                break;
            }
        }
        return report;
    }

    private static List<PublicKey> signingKeys(TrustedKeys keys) {
        return keys.all().stream().filter(key -> key.entry().allows(KeyPurpose.IMAGE_SIGNING)
                || key.entry().allows(KeyPurpose.ATTESTATION_SIGNING)).map(key -> key.entry().publicKey()).toList();
    }

    private static ProvenancePolicy policy(JsonNode record) {
        ProvenancePolicy policy = ProvenancePolicy.none();
        String digest = record.path("digest").asText("");
        try {
            policy = digest.isEmpty() ? policy : policy.withArtifactDigest(Sha256Digest.parse(digest));
        } catch (IllegalArgumentException e) {
            // not a SHA-256 digest: the subject check then says no digest was given
        }
        String builder = record.path("builder_id").asText("");
        String source = record.path("source_repository").asText("");
        policy = builder.isEmpty() ? policy : policy.withBuilderId(builder);
        return source.isEmpty() ? policy : policy.withSourceRepository(source);
    }
}
