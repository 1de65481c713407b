package dev.evidex.verification.artifact.bundle;

import dev.evidex.verification.artifact.attestation.AttestationVerificationException;
import dev.evidex.verification.artifact.attestation.DsseEnvelope;
import dev.evidex.verification.artifact.attestation.InTotoStatement;
import dev.evidex.verification.artifact.attestation.ProvenanceChecks;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.ReportBuilder;

/**
 * Verifies a Sigstore bundle offline: keyless bundles through sigstore-java with a trusted root
 * from a file, managed-key bundles through our own path on sigstore-java's primitives. A DSSE
 * payload is then checked as an in-toto statement (subject, SLSA builder and source policy).
 */
public final class BundleVerifier {
    public static final String KIND = "sigstore-bundle";

    /**
     * @throws BundleVerificationException when the bundle or trusted root cannot be read at all
     */
    public ArtifactReport verify(BundleRequest request) throws BundleVerificationException {
        BundleDocument document = BundleDocument.parse(request.bundleJson());
        ReportBuilder report = new ReportBuilder(request.bundleName(), KIND);
        report.fact("media-type", document.mediaType());
        report.fact("artifact-digest", request.artifactDigest().toString());
        if (document.signedWithPublicKey()) {
            new PublicKeyBundleVerifier().verify(request, document, report);
        } else if (request.trustedRoot().isEmpty()) {
            report.failed("signature", "the bundle is signed with a Fulcio certificate (" + document.material()
                    + "): a trusted root is required, a public key cannot verify it");
        } else {
            new KeylessBundleVerifier().verify(request, document, report);
        }
        document.dsseEnvelope().ifPresent(envelope -> statementChecks(envelope, request, report));
        return report.build();
    }

    private static void statementChecks(DsseEnvelope envelope, BundleRequest request, ReportBuilder report) {
        if (!DsseEnvelope.IN_TOTO_PAYLOAD_TYPE.equals(envelope.payloadType())) {
            report.failed("statement", "DSSE payload type '" + envelope.payloadType() + "' is not in-toto");
            return;
        }
        try {
            InTotoStatement statement = InTotoStatement.parse(envelope.payload());
            report.passed("statement", "in-toto statement " + statement.type() + ", predicate " + statement.predicateType());
            ProvenanceChecks.apply(statement, request.provenancePolicy().withArtifactDigest(request.artifactDigest()), report);
        } catch (AttestationVerificationException e) {
            report.failed("statement", e.getMessage());
        }
    }
}
