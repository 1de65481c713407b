package dev.evidex.verification.artifact.attestation;

import dev.evidex.verification.artifact.Signatures;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.Check;
import dev.evidex.verification.check.CheckStatus;
import dev.evidex.verification.check.ReportBuilder;
import dev.evidex.verification.keys.PublicKeys;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a DSSE envelope with trusted keys, then its in-toto statement and SLSA provenance
 * against a {@link ProvenancePolicy}. Every signature of the envelope is reported.
 */
public final class AttestationVerifier {
    public static final String KIND = "dsse";

    /**
     * @param keys the trusted keys; a signature verifies when one of them verifies it
     * @throws AttestationVerificationException never for a bad signature (that is a failed check)
     */
    public ArtifactReport verify(String artifact, AttestationSource.Envelope source, List<PublicKey> keys,
            ProvenancePolicy policy) throws AttestationVerificationException {
        ReportBuilder report = new ReportBuilder(artifact + " (" + source.location() + ")", KIND);
        DsseEnvelope envelope = source.envelope();
        report.fact("payload-type", envelope.payloadType());
        signatureChecks(envelope, source.conventions(), keys, policy, report);
        if (!DsseEnvelope.IN_TOTO_PAYLOAD_TYPE.equals(envelope.payloadType())) {
            report.failed("statement", "payload type '" + envelope.payloadType() + "' is not "
                    + DsseEnvelope.IN_TOTO_PAYLOAD_TYPE);
            return report.build();
        }
        try {
            InTotoStatement statement = InTotoStatement.parse(envelope.payload());
            report.passed("statement", "in-toto statement " + statement.type() + ", predicate " + statement.predicateType());
            ProvenanceChecks.apply(statement, policy, report);
        } catch (AttestationVerificationException e) {
            report.failed("statement", e.getMessage());
        }
        return report.build();
    }

    private static void signatureChecks(DsseEnvelope envelope, Set<SigningConvention> conventions,
            List<PublicKey> keys, ProvenancePolicy policy, ReportBuilder report) {
        int verified = 0;
        List<DsseSignature> signatures = envelope.signatures();
        for (int index = 0; index < signatures.size(); index++) {
            Check check = signatureCheck("signature[" + index + "]", envelope, signatures.get(index), conventions, keys, policy);
            verified += check.status() == CheckStatus.PASSED ? 1 : 0;
            report.add(check);
        }
        if (signatures.isEmpty()) {
            report.failed("signature", "the envelope has no signatures");
        } else if (keys.isEmpty()) {
            report.failed("signature", "no trusted key was given; "
                    + (signatures.stream().anyMatch(s -> s.certificatePem().isPresent())
                            ? "the envelope carries a Fulcio certificate but no transparency-log entry, "
                                    + "so this keyless signature cannot be verified offline (use its Sigstore bundle)"
                            : "nothing can verify the signatures"));
        } else if (verified == 0) {
            report.failed("signature", "none of the " + signatures.size() + " signatures verifies with the "
                    + keys.size() + " trusted key(s)" + policy.keyId().map(id -> " under key id " + id).orElse(""));
        } else {
            report.passed("signature", verified + " of " + signatures.size() + " signatures verify");
        }
    }

    private static Check signatureCheck(String name, DsseEnvelope envelope, DsseSignature signature,
            Set<SigningConvention> conventions, List<PublicKey> keys, ProvenancePolicy policy) {
        String keyIdText = signature.keyId().map(id -> "key id '" + id + "'").orElse("no key id");
        if (policy.keyId().isPresent() && !policy.keyId().equals(signature.keyId())) {
            return Check.notApplicable(name, keyIdText + " is not the expected key id '" + policy.keyId().get() + "'");
        }
        for (PublicKey key : keys) {
            Optional<SigningConvention> convention = verifiedConvention(envelope, signature, conventions, key);
            if (convention.isPresent()) {
                return Check.passed(name, Signatures.describe(key) + " signature (" + keyIdText + ") verifies over "
                        + (convention.get() == SigningConvention.PAE ? "the DSSE PAE"
                                : "the raw payload (Cloud Build convention)")).by(PublicKeys.keyId(key));
            }
        }
        return Check.notApplicable(name, "signature with " + keyIdText + " is not verified by any trusted key"
                + (signature.certificatePem().isPresent() ? " (it carries a Fulcio certificate)" : ""));
    }

    private static Optional<SigningConvention> verifiedConvention(DsseEnvelope envelope, DsseSignature signature,
            Set<SigningConvention> conventions, PublicKey key) {
        byte[] sig = signature.signature();
        if (conventions.contains(SigningConvention.PAE) && Signatures.verify(key, envelope.preAuthenticationEncoding(), sig)) {
            return Optional.of(SigningConvention.PAE);
        }
        if (conventions.contains(SigningConvention.RAW_PAYLOAD) && Signatures.verify(key, envelope.payload(), sig)) {
            return Optional.of(SigningConvention.RAW_PAYLOAD);
        }
        return Optional.empty();
    }
}
