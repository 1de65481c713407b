package dev.evidex.verification.packet.signature;

import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.attestation.AttestationDocuments;
import dev.evidex.verification.artifact.attestation.AttestationSource;
import dev.evidex.verification.artifact.attestation.AttestationVerificationException;
import dev.evidex.verification.artifact.attestation.AttestationVerifier;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.artifact.bundle.BundleRequest;
import dev.evidex.verification.artifact.bundle.BundleVerificationException;
import dev.evidex.verification.artifact.bundle.BundleVerifier;
import dev.evidex.verification.artifact.bundle.IdentityPolicy;
import dev.evidex.verification.check.ArtifactReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** DSSE envelopes (in-toto, SLSA) and Sigstore bundles a record carries, re-verified offline. */
final class AttestationRechecks {
    static final String TRUSTED_ROOT = "application/vnd.dev.sigstore.trustedroot+json";

    private final SignatureTrust trust;

    AttestationRechecks(SignatureTrust trust) {
        this.trust = trust;
    }

    List<SignatureResult> check(SignedRecord record, Function<String, Optional<byte[]>> artifacts) {
        List<SignatureResult> results = new ArrayList<>();
        for (String digest : record.artifacts("dsse-envelope", Optional.empty())) {
            results.addAll(envelopes(record, digest, artifacts));
        }
        for (String digest : record.artifacts("sigstore-bundle", Optional.empty())) {
            Optional<byte[]> bytes = artifacts.apply(digest);
            results.add(bytes.isEmpty() ? missing(record, digest, BundleVerifier.KIND)
                    : bundle(record, digest, new String(bytes.get(), StandardCharsets.UTF_8).strip(), artifacts));
        }
        return results;
    }

    private List<SignatureResult> envelopes(SignedRecord record, String digest, Function<String, Optional<byte[]>> artifacts) {
        Optional<byte[]> bytes = artifacts.apply(digest);
        if (bytes.isEmpty()) {
            return List.of(missing(record, digest, AttestationVerifier.KIND));
        }
        List<SignatureResult> results = new ArrayList<>();
        try {
            for (AttestationSource source : AttestationDocuments.read(bytes.get())) {
                if (source instanceof AttestationSource.Bundle bundle) {
                    results.add(bundle(record, digest, bundle.json(), artifacts));
                } else {
                    results.add(envelope(record, digest, (AttestationSource.Envelope) source, artifacts));
                }
            }
        } catch (AttestationVerificationException e) {
            results.add(failed(record, digest, AttestationVerifier.KIND, "not a readable attestation: " + e.getMessage(), "none"));
        }
        return results;
    }

    private SignatureResult envelope(SignedRecord record, String digest, AttestationSource.Envelope envelope,
            Function<String, Optional<byte[]>> artifacts) throws AttestationVerificationException {
        List<SignatureTrust.Key> keys = trust.keys(record, artifacts);
        if (keys.isEmpty()) {
            return SignatureChecks.noTrust(record, digest, AttestationVerifier.KIND);
        }
        ArtifactReport report = new AttestationVerifier().verify(digest, envelope,
                keys.stream().map(SignatureTrust.Key::key).toList(), policy(record));
        return outcome(record, digest, AttestationVerifier.KIND, report, describe(keys));
    }

    private SignatureResult bundle(SignedRecord record, String digest, String json, Function<String, Optional<byte[]>> artifacts) {
        Optional<byte[]> root = record.artifacts("raw", Optional.of(TRUSTED_ROOT)).stream().findFirst().flatMap(artifacts);
        List<SignatureTrust.Key> keys = trust.keys(record, artifacts);
        if (root.isEmpty() && keys.isEmpty()) {
            return SignatureChecks.noTrust(record, digest, BundleVerifier.KIND);
        }
        if (record.imageDigest().isEmpty()) {
            return failed(record, digest, BundleVerifier.KIND, "the record names no artifact digest to check the bundle against", "none");
        }
        Path rootFile = null;
        try {
            // The bundle verifier reads a trusted root from a file; the packet's copy is written to a private temporary one.
            rootFile = root.isPresent() ? Files.write(Files.createTempFile("evidex-trusted-root", ".json"), root.get()) : null;
            ArtifactReport report = new BundleVerifier().verify(new BundleRequest(digest, json,
                    Sha256Digest.parse(record.imageDigest().get()), Optional.ofNullable(rootFile),
                    keys.stream().map(SignatureTrust.Key::key).findFirst(), identity(record), policy(record)));
            return outcome(record, digest, BundleVerifier.KIND, report,
                    root.isPresent() ? "trusted root carried in the packet" : describe(keys.subList(0, 1)));
        } catch (BundleVerificationException | IllegalArgumentException e) {
            return failed(record, digest, BundleVerifier.KIND, e.getMessage(), "none");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a temporary trusted root", e);
        } finally {
            deleteQuietly(rootFile);
        }
    }

    private static ProvenancePolicy policy(SignedRecord record) {
        ProvenancePolicy policy = ProvenancePolicy.none();
        if (record.imageDigest().isPresent()) {
            policy = policy.withArtifactDigest(Sha256Digest.parse(record.imageDigest().get()));
        }
        var with = record.record().path("detail").path("verified_with");
        if (with.path("builder_id").isTextual()) {
            policy = policy.withBuilderId(with.path("builder_id").asText());
        }
        if (with.path("source_repository").isTextual()) {
            policy = policy.withSourceRepository(with.path("source_repository").asText());
        }
        return policy;
    }

    private static Optional<IdentityPolicy> identity(SignedRecord record) {
        var with = record.record().path("detail").path("verified_with");
        return with.path("identity").isTextual() && with.path("issuer").isTextual()
                ? Optional.of(new IdentityPolicy(with.path("identity").asText(), with.path("issuer").asText())) : Optional.empty();
    }

    private static SignatureResult outcome(SignedRecord record, String digest, String kind, ArtifactReport report, String trust) {
        return report.verified()
                ? new SignatureResult(record.name(), digest, kind, SignatureResult.Status.VERIFIED, "verifies", trust)
                : failed(record, digest, kind, SignatureChecks.failedChecks(report), trust);
    }

    private static SignatureResult failed(SignedRecord record, String digest, String kind, String detail, String trust) {
        return new SignatureResult(record.name(), digest, kind, SignatureResult.Status.FAILED, detail, trust);
    }

    private static SignatureResult missing(SignedRecord record, String digest, String kind) {
        return failed(record, digest, kind, "referenced by the record but not in the packet", "none");
    }

    private static String describe(List<SignatureTrust.Key> keys) {
        return keys.stream().map(SignatureTrust.Key::describe).collect(Collectors.joining(", "));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
