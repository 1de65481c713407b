package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** Everything the inspector shows about one record, with the checks re-run in this run. */
public record Inspection(RecordReference reference, JsonNode record, Map<String, String> sealAndKey,
        Map<String, String> summary, List<CheckResult> checks, List<ArtifactLink> artifacts,
        List<SbomPackage> sbomPackages) {

    public Inspection {
        requireNonNull(reference, "reference is null");
        requireNonNull(record, "record is null");
        sealAndKey = ordered(sealAndKey);
        summary = ordered(summary);
        checks = List.copyOf(checks);
        artifacts = List.copyOf(artifacts);
        sbomPackages = List.copyOf(sbomPackages);
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    public long skipped() {
        return checks.stream().filter(check -> check.outcome() == CheckOutcome.SKIPPED).count();
    }

    public long notApplicable() {
        return checks.stream().filter(check -> check.outcome() == CheckOutcome.NOT_APPLICABLE).count();
    }

    /** Verified only if every check ran and passed in this run (checks of absent evidence aside). */
    public boolean verified() {
        return checks.stream().anyMatch(check -> check.outcome() == CheckOutcome.PASSED)
                && checks.stream().allMatch(check -> check.outcome() == CheckOutcome.PASSED
                        || check.outcome() == CheckOutcome.NOT_APPLICABLE);
    }

    public long failures() {
        return checks.stream().filter(check -> check.outcome() == CheckOutcome.FAILED).count();
    }
}
