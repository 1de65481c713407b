package dev.evidex.verification.artifact.attestation;

import dev.evidex.verification.check.ReportBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Subject and SLSA policy checks over a statement whose signature was verified elsewhere (a
 * DSSE envelope with a key, or a Sigstore bundle). Also records the provenance facts.
 */
public final class ProvenanceChecks {
    private ProvenanceChecks() {}

    public static void apply(InTotoStatement statement, ProvenancePolicy policy, ReportBuilder report) {
        report.fact("statement-type", statement.type());
        report.fact("predicate-type", statement.predicateType());
        report.fact("subjects", statement.subjects().stream()
                .map(subject -> subject.name() + " " + subject.digest()).collect(Collectors.joining("; ")));
        subjectCheck(statement, policy, report);
        Optional<SlsaProvenance> provenance = SlsaProvenance.from(statement);
        provenance.ifPresent(found -> facts(found, report));
        builderCheck(provenance.flatMap(SlsaProvenance::builderId), policy, report);
        sourceCheck(provenance.flatMap(SlsaProvenance::sourceRepository), policy, report);
    }

    private static void subjectCheck(InTotoStatement statement, ProvenancePolicy policy, ReportBuilder report) {
        if (policy.artifactDigest().isEmpty()) {
            report.notApplicable("subject-digest", "no artifact digest given to match against the subjects");
        } else if (statement.hasSha256(policy.artifactDigest().get().hex())) {
            report.passed("subject-digest", "artifact " + policy.artifactDigest().get() + " is a subject of the statement");
        } else {
            report.failed("subject-digest", "artifact " + policy.artifactDigest().get()
                    + " is not among the subjects " + statement.subjects().stream()
                            .map(subject -> subject.digest().toString()).collect(Collectors.joining(", ")));
        }
    }

    private static void builderCheck(Optional<String> actual, ProvenancePolicy policy, ReportBuilder report) {
        if (policy.builderId().isEmpty()) {
            report.notApplicable("builder-id", "no expected builder id given");
        } else if (actual.isEmpty()) {
            report.failed("builder-id", "expected builder " + policy.builderId().get() + " but the attestation names no builder");
        } else if (builderMatches(policy.builderId().get(), actual.get())) {
            report.passed("builder-id", "built by " + actual.get());
        } else {
            report.failed("builder-id", "built by " + actual.get() + ", not the expected " + policy.builderId().get());
        }
    }

    private static void sourceCheck(Optional<String> actual, ProvenancePolicy policy, ReportBuilder report) {
        if (policy.sourceRepository().isEmpty()) {
            report.notApplicable("source-repository", "no expected source repository given");
        } else if (actual.isEmpty()) {
            report.failed("source-repository", "expected source " + policy.sourceRepository().get()
                    + " but the attestation names no source repository");
        } else if (normalizeRepository(actual.get()).equals(normalizeRepository(policy.sourceRepository().get()))) {
            report.passed("source-repository", "built from " + actual.get());
        } else {
            report.failed("source-repository", "built from " + actual.get() + ", not the expected "
                    + policy.sourceRepository().get());
        }
    }

    private static void facts(SlsaProvenance provenance, ReportBuilder report) {
        report.fact("builder-id", provenance.builderId());
        report.fact("build-type", provenance.buildType());
        report.fact("source-repository", provenance.sourceRepository());
        report.fact("source-commit", provenance.sourceCommit());
        report.fact("external-parameters", provenance.externalParameters());
        report.fact("invocation-id", provenance.invocationId());
    }

    /**
     * An expected id without {@code @} matches any ref of that builder; with one it must match
     * the ref exactly, where {@code @v1.2.3} also matches {@code @refs/tags/v1.2.3}.
     */
    public static boolean builderMatches(String expected, String actual) {
        int at = actual.indexOf('@');
        String actualPath = at < 0 ? actual : actual.substring(0, at);
        int expectedAt = expected.indexOf('@');
        if (expectedAt < 0) {
            return actualPath.equals(expected);
        }
        String expectedRef = expected.substring(expectedAt + 1);
        String actualRef = at < 0 ? "" : actual.substring(at + 1);
        return actualPath.equals(expected.substring(0, expectedAt))
                && (actualRef.equals(expectedRef) || actualRef.equals("refs/tags/" + expectedRef));
    }

    /** {@code git+https://github.com/Org/Repo.git@refs/heads/main} becomes {@code github.com/org/repo}. */
    static String normalizeRepository(String uri) {
        String value = uri.trim();
        if (value.startsWith("git+")) {
            value = value.substring(4);
        }
        int scheme = value.indexOf("://");
        if (scheme >= 0) {
            value = value.substring(scheme + 3);
        }
        int at = value.indexOf('@');
        if (at >= 0) {
            value = value.substring(0, at);
        }
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        if (value.endsWith(".git")) {
            value = value.substring(0, value.length() - 4);
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
