package dev.evidex.verification.artifact.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.Signatures;
import dev.evidex.verification.artifact.attestation.DsseEnvelope;
import dev.evidex.verification.artifact.attestation.DsseSignature;
import dev.evidex.verification.check.Check;
import dev.evidex.verification.check.ReportBuilder;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.PublicKeys;
import dev.sigstore.timestamp.client.ImmutableTimestampResponse;
import dev.sigstore.timestamp.client.TimestampException;
import dev.sigstore.timestamp.client.TimestampVerificationException;
import dev.sigstore.timestamp.client.TimestampVerifier;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Bundles whose verification material is a public key (managed and KMS keys), which
 * sigstore-java's bundle reader rejects: the signature with our key, then the transparency-log
 * entry and RFC 3161 timestamps with sigstore-java's verifiers and a trusted root from a file.
 */
final class PublicKeyBundleVerifier {
    void verify(BundleRequest request, BundleDocument document, ReportBuilder report) throws BundleVerificationException {
        document.publicKeyHint().ifPresent(hint -> report.fact("public-key-hint", hint));
        if (request.key().isEmpty()) {
            report.failed("signature", "the bundle is signed with a managed key"
                    + document.publicKeyHint().map(hint -> " (hint " + hint + ")").orElse("") + "; give its public key");
            return;
        }
        PublicKey key = request.key().get();
        report.passed("bundle-format", document.mediaType() + " with a public key");
        byte[] signature = signatureCheck(request, document, key, report);
        Optional<SigstoreTrustedRoot> root = request.trustedRoot().isPresent()
                ? Optional.of(TrustedRoots.read(request.trustedRoot().get())) : Optional.empty();
        logCheck(request, document, key, signature, root, report);
        timestampCheck(document, signature, root, report);
    }

    /** @return the signature bytes the log entry and timestamps must cover */
    private static byte[] signatureCheck(BundleRequest request, BundleDocument document, PublicKey key, ReportBuilder report) {
        String keyId = PublicKeys.keyId(key);
        if (document.dsseEnvelope().isPresent()) {
            DsseEnvelope envelope = document.dsseEnvelope().get();
            List<DsseSignature> signatures = envelope.signatures();
            boolean verified = !signatures.isEmpty()
                    && Signatures.verify(key, envelope.preAuthenticationEncoding(), signatures.get(0).signature());
            report.add((verified ? Check.passed("signature", Signatures.describe(key) + " DSSE signature verifies over the PAE")
                    : Check.failed("signature", "DSSE signature does not verify with the given key")).by(keyId));
            return signatures.isEmpty() ? new byte[0] : signatures.get(0).signature();
        }
        byte[] signature = document.messageSignature().orElse(new byte[0]);
        Optional<byte[]> named = document.messageDigest();
        if (named.isPresent() && !Arrays.equals(named.get(), request.artifactDigest().bytes())) {
            report.failed("artifact-digest", "bundle signs " + Sha256Digest.ofBytes(named.get()) + ", not the artifact "
                    + request.artifactDigest());
        }
        boolean verified = Signatures.verifyDigest(key, request.artifactDigest().bytes(), signature);
        report.add((verified ? Check.passed("signature", Signatures.describe(key) + " signature over " + request.artifactDigest()
                + " verifies") : Check.failed("signature", "signature over " + request.artifactDigest()
                + " does not verify with the given key")).by(keyId));
        return signature;
    }

    private static void logCheck(BundleRequest request, BundleDocument document, PublicKey key, byte[] signature,
            Optional<SigstoreTrustedRoot> root, ReportBuilder report) throws BundleVerificationException {
        if (document.tlogEntries().isEmpty()) {
            report.notApplicable("transparency-log", "the bundle has no transparency-log entry");
            return;
        }
        if (root.isEmpty()) {
            report.failed("transparency-log", "the bundle has a transparency-log entry but no trusted root was given to verify it");
            return;
        }
        for (JsonNode entry : document.tlogEntries()) {
            String proof = TransparencyLogProofs.verify(LogEntries.toRekorEntry(entry), root.get());
            if (!proof.isEmpty()) {
                report.failed("transparency-log", "log entry does not verify: " + proof);
                return;
            }
            String mismatch = LogEntryBodies.mismatch(entry, request, document, key, signature);
            if (!mismatch.isEmpty()) {
                report.failed("transparency-log", "log entry verifies but " + mismatch);
                return;
            }
            report.fact("log-index", entry.path("logIndex").asText(""));
        }
        report.passed("transparency-log", "inclusion proof, checkpoint and entry timestamp verify, and the entry records "
                + "this signature and key");
    }

    private static void timestampCheck(BundleDocument document, byte[] signature, Optional<SigstoreTrustedRoot> root,
            ReportBuilder report) {
        boolean rekorV2 = document.tlogEntries().stream().anyMatch(entry -> "0.0.2".equals(entry.path("kindVersion").path("version").asText()));
        if (document.rfc3161Timestamps().isEmpty()) {
            if (rekorV2) {
                report.failed("timestamp", "Rekor v2 entries carry no integrated time and the bundle has no RFC 3161 timestamp");
            } else {
                report.notApplicable("timestamp", "the bundle has no RFC 3161 timestamp");
            }
            return;
        }
        if (root.isEmpty()) {
            report.failed("timestamp", "the bundle has an RFC 3161 timestamp but no trusted root was given to verify it");
            return;
        }
        try {
            TimestampVerifier verifier = TimestampVerifier.newTimestampVerifier(root.get());
            for (byte[] timestamp : document.rfc3161Timestamps()) {
                ImmutableTimestampResponse response = ImmutableTimestampResponse.builder().encoded(timestamp).build();
                verifier.verify(response, signature);
                report.fact("timestamp", response.getGenTime().toInstant().toString());
            }
            report.passed("timestamp", "RFC 3161 timestamp(s) verify with a timestamp authority of the trusted root");
        } catch (GeneralSecurityException | TimestampVerificationException | TimestampException | RuntimeException e) {
            report.failed("timestamp", "RFC 3161 timestamp does not verify: " + e.getMessage());
        }
    }

    static JsonNode decodeBody(JsonNode entry) throws IOException {
        return Json.mapper().readTree(Base64Text.decode(entry.path("canonicalizedBody").asText(""), "log entry body"));
    }
}
