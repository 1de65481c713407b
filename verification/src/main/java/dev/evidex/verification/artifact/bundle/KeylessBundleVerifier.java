package dev.evidex.verification.artifact.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.attestation.ProvenanceChecks;
import dev.evidex.verification.check.Check;
import dev.evidex.verification.check.ReportBuilder;
import dev.sigstore.KeylessVerificationException;
import dev.sigstore.KeylessVerifier;
import dev.sigstore.VerificationOptions;
import dev.sigstore.bundle.Bundle;
import dev.sigstore.bundle.BundleParseException;
import dev.sigstore.encryption.certificates.Certificates;
import dev.sigstore.strings.StringMatcher;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * Keyless bundles (Fulcio certificate) through sigstore-java's {@link KeylessVerifier} with a
 * trusted root from a file, plus the checks it leaves out: the certificate identity reported on
 * its own, and the log's integrated time inside the certificate's validity.
 */
final class KeylessBundleVerifier {
    void verify(BundleRequest request, BundleDocument document, ReportBuilder report) throws BundleVerificationException {
        if (request.trustedRoot().isEmpty()) {
            report.failed("signature", "the bundle is signed with a Fulcio certificate; a trusted root is required");
            return;
        }
        SigstoreTrustedRoot root = TrustedRoots.read(request.trustedRoot().get());
        Bundle bundle;
        try {
            bundle = Bundle.from(new StringReader(request.bundleJson()));
        } catch (BundleParseException | RuntimeException e) {
            report.failed("bundle-format", "sigstore-java cannot read the bundle: " + message(e));
            return;
        }
        X509Certificate leaf = Certificates.getLeaf(bundle.getCertPath());
        String signer = SigningCertificates.identity(leaf);
        report.fact("signer-identity", signer);
        report.passed("bundle-format", document.mediaType() + " with " + document.material());
        signatureCheck(request, document, bundle, root, report, signer);
        identityCheck(request.identity(), leaf, report, signer);
        signerBuilderCheck(request, leaf, report);
        integratedTimeCheck(document, leaf, report);
    }

    private static void signatureCheck(BundleRequest request, BundleDocument document, Bundle bundle,
            SigstoreTrustedRoot root, ReportBuilder report, String signer) throws BundleVerificationException {
        KeylessVerifier verifier;
        try {
            verifier = KeylessVerifier.builder().trustedRootProvider(() -> root).build();
        } catch (GeneralSecurityException | dev.sigstore.trustroot.SigstoreConfigurationException e) {
            throw new BundleVerificationException("trusted root cannot be used: " + e.getMessage(), e);
        }
        VerificationOptions options = VerificationOptions.empty();
        if (request.identity().isPresent()) {
            IdentityPolicy identity = request.identity().get();
            options = VerificationOptions.builder().addCertificateMatchers(VerificationOptions.CertificateMatcher.fulcio()
                    .subjectAlternativeName(StringMatcher.string(identity.subjectAlternativeName()))
                    .issuer(StringMatcher.string(identity.issuer())).build()).build();
        }
        try {
            if (KeylessDsseVerifier.needed(document)) {
                String failure = KeylessDsseVerifier.verify(bundle, document, root, Certificates.getLeaf(bundle.getCertPath()));
                if (!failure.isEmpty()) {
                    throw new KeylessVerificationException(failure);
                }
            } else {
                verifier.verify(request.artifactDigest().bytes(), bundle, options);
            }
            report.add(Check.passed("signature", "certificate chains to the trusted root, "
                    + "signature covers " + request.artifactDigest() + ", transparency-log entry and timestamps verify")
                    .by(signer));
        } catch (KeylessVerificationException | RuntimeException e) {
            report.add(Check.failed("signature", message(e)).by(signer));
        }
    }

    private static void identityCheck(Optional<IdentityPolicy> identity, X509Certificate leaf, ReportBuilder report,
            String signer) {
        if (identity.isEmpty()) {
            report.notApplicable("certificate-identity", "no expected identity given; signed by " + signer);
            return;
        }
        boolean sanMatches = SigningCertificates.subjectAlternativeName(leaf)
                .filter(identity.get().subjectAlternativeName()::equals).isPresent();
        boolean issuerMatches = SigningCertificates.issuer(leaf).filter(identity.get().issuer()::equals).isPresent();
        if (sanMatches && issuerMatches) {
            report.passed("certificate-identity", "signed by the expected identity " + identity.get());
        } else {
            report.failed("certificate-identity", "signed by " + signer + ", expected " + identity.get());
        }
    }

    /**
     * Provenance names its builder, but only the signer vouches for it. Without an identity
     * policy, an expected builder id must also be the certificate's workflow (as slsa-verifier
     * requires for slsa-github-generator); delegating builders need an explicit identity.
     */
    private static void signerBuilderCheck(BundleRequest request, X509Certificate leaf, ReportBuilder report) {
        Optional<String> builder = request.provenancePolicy().builderId();
        if (builder.isEmpty() || request.identity().isPresent()) {
            return;
        }
        Optional<String> san = SigningCertificates.subjectAlternativeName(leaf);
        if (san.isPresent() && ProvenanceChecks.builderMatches(builder.get(), san.get())) {
            report.passed("signer-builder", "the certificate was issued to the expected builder " + san.get());
        } else {
            report.failed("signer-builder", "the certificate was issued to " + san.orElse("(no SAN)")
                    + ", not the expected builder " + builder.get() + "; give --identity for a delegating builder");
        }
    }

    /** A log entry integrated outside the certificate's validity proves nothing about signing time. */
    private static void integratedTimeCheck(BundleDocument document, X509Certificate leaf, ReportBuilder report) {
        int timed = 0;
        for (JsonNode entry : document.tlogEntries()) {
            long seconds = entry.path("integratedTime").asLong(0);
            if (seconds == 0) {
                continue;
            }
            timed++;
            Instant integrated = Instant.ofEpochSecond(seconds);
            report.fact("integrated-time", integrated.toString());
            if (integrated.isBefore(leaf.getNotBefore().toInstant()) || integrated.isAfter(leaf.getNotAfter().toInstant())) {
                report.failed("integrated-time", "log integrated the entry at " + integrated
                        + ", outside the certificate's validity " + leaf.getNotBefore().toInstant() + " to "
                        + leaf.getNotAfter().toInstant());
                return;
            }
        }
        if (timed == 0) {
            report.notApplicable("integrated-time", "no log entry carries an integrated time (Rekor v2 relies on timestamps)");
        } else {
            report.passed("integrated-time", "every log integration time lies within the certificate's validity");
        }
    }

    private static String message(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
