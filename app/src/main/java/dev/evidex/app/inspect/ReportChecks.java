package dev.evidex.app.inspect;

import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The verification module's per-check reports as inspector rows: ✓, ✗, or n/a when the evidence is absent. */
final class ReportChecks {
    /** Policy checks the record gives no claim for: nothing present is left unverified, so they are not listed. */
    private static final Set<String> POLICY_CHECKS = Set.of("builder-id", "source-repository");

    private ReportChecks() {}

    static String prefix(String role) {
        return switch (role) {
            case "dsse-envelope" -> "DSSE attestation ";
            case "provenance" -> "Provenance ";
            case "sigstore-bundle" -> "Sigstore bundle ";
            default -> role + " ";
        };
    }

    static List<CheckResult> of(String prefix, ArtifactReport report, ProvenancePolicy policy) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : report.checks()) {
            String detail = check.detail() + check.principal().map(p -> " (" + p + ")").orElse("");
            boolean unclaimed = POLICY_CHECKS.contains(check.name())
                    && (check.name().equals("builder-id") ? policy.builderId() : policy.sourceRepository()).isEmpty();
            switch (check.status()) {
                case PASSED -> results.add(CheckResult.passed(prefix + check.name(), detail));
                case FAILED -> results.add(CheckResult.failed(prefix + check.name(), detail));
                case NOT_APPLICABLE -> {
                    if (!unclaimed) {
                        results.add(CheckResult.notApplicable(prefix + check.name(), detail));
                    }
                }
            }
        }
        return results;
    }
}
