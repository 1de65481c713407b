package dev.evidex.verification.cli;

import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.attestation.AttestationDocuments;
import dev.evidex.verification.artifact.attestation.AttestationSource;
import dev.evidex.verification.artifact.attestation.AttestationVerificationException;
import dev.evidex.verification.artifact.attestation.AttestationVerifier;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.artifact.bundle.BundleRequest;
import dev.evidex.verification.artifact.bundle.BundleVerificationException;
import dev.evidex.verification.artifact.bundle.BundleVerifier;
import dev.evidex.verification.check.ArtifactReport;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evidex-verify attestation}: DSSE / in-toto / SLSA provenance, with policy checks. */
@Command(name = "attestation", mixinStandardHelpOptions = true,
        description = "Verifies DSSE attestations (in-toto Statement v0.1/v1, SLSA provenance v0.1/v0.2/v1) with a "
                + "key: raw envelopes, .intoto.jsonl lines, gcloud provenance summaries; lines that are Sigstore "
                + "bundles need --trusted-root.")
public final class AttestationCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ReportOptions report;

    @Mixin
    ProvenanceOptions provenance;

    @Mixin
    SigstoreTrustOptions trust;

    @Option(names = "--key", paramLabel = "PEM", description = "Trusted public key (repeat for several).")
    List<Path> keys = new ArrayList<>();

    @Option(names = "--envelope", required = true, paramLabel = "FILE", description = "The attestation file.")
    Path envelope;

    @Option(names = "--artifact-digest", paramLabel = "sha256:HEX", description = "Artifact that must be a subject.")
    String artifactDigest;

    @Option(names = "--key-id", paramLabel = "ID", description = "Only signatures naming this key id count.")
    String keyId;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        try {
            ProvenancePolicy policy = provenance.policy();
            Optional<Sha256Digest> digest = artifactDigest == null ? Optional.empty()
                    : Optional.of(Inputs.digest(artifactDigest, "--artifact-digest"));
            policy = digest.map(policy::withArtifactDigest).orElse(policy);
            policy = keyId == null ? policy : policy.withKeyId(keyId);
            List<PublicKey> publicKeys = new ArrayList<>();
            for (Path key : keys) {
                publicKeys.add(Inputs.key(key, "key"));
            }
            List<ArtifactReport> reports = new ArrayList<>();
            for (AttestationSource source : AttestationDocuments.read(Inputs.bytes(envelope, "attestation"))) {
                reports.add(verify(source, publicKeys, policy, digest));
            }
            return report.print(commandLine, reports);
        } catch (InputException | AttestationVerificationException | BundleVerificationException e) {
            return ReportOptions.inputError(commandLine, e.getMessage());
        }
    }

    private ArtifactReport verify(AttestationSource source, List<PublicKey> publicKeys, ProvenancePolicy policy,
            Optional<Sha256Digest> digest) throws InputException, AttestationVerificationException, BundleVerificationException {
        if (source instanceof AttestationSource.Envelope raw) {
            return new AttestationVerifier().verify(envelope.toString(), raw, publicKeys, policy);
        }
        AttestationSource.Bundle bundle = (AttestationSource.Bundle) source;
        if (digest.isEmpty()) {
            throw new InputException(source.location() + " is a Sigstore bundle: --artifact-digest is required");
        }
        if (trust.trustedRoot == null && publicKeys.isEmpty()) {
            throw new InputException(source.location() + " is a Sigstore bundle: give --trusted-root (keyless) or --key");
        }
        return new BundleVerifier().verify(new BundleRequest(envelope + " (" + source.location() + ")", bundle.json(),
                digest.get(), trust.root(), publicKeys.stream().findFirst(), trust.identityPolicy(), policy));
    }
}
