package dev.evidex.collector.scan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code semgrep --json}: results with check_id, path, start and extra (severity, fingerprint). */
public final class SemgrepReports {
    static final String TOOL = "semgrep";
    /** What Semgrep prints instead of a fingerprint when not logged in. */
    private static final String NO_FINGERPRINT = "requires login";

    private SemgrepReports() {}

    public static ScanReport parse(InputFile file) throws InputException {
        return parse(file, file.json());
    }

    /** Parses an already-read document of {@code file}. */
    public static ScanReport parse(InputFile file, JsonNode root) throws InputException {
        if (!root.isObject() || !root.path("results").isArray() || root.has("SchemaVersion") || root.has("runs")) {
            throw new InputException(file.name() + ": not a Semgrep JSON report (" + ReportDetector.describe(root)
                    + "; expected an object with a results array)");
        }
        List<Finding> findings = new ArrayList<>();
        int index = 0;
        for (JsonNode result : root.path("results")) {
            findings.add(finding(file, result, "results[" + index++ + "]"));
        }
        return new ScanReport(TOOL, JsonFields.text(root, "version"), ReportFormat.SEMGREP_JSON, Optional.empty(), findings);
    }

    private static Finding finding(InputFile file, JsonNode result, String at) throws InputException {
        String rule = JsonFields.text(result, "check_id").orElseThrow(
                () -> new InputException(file.name() + ": " + at + ".check_id is missing"));
        String path = JsonFields.text(result, "path").orElseThrow(
                () -> new InputException(file.name() + ": " + at + ".path is missing"));
        JsonNode extra = result.path("extra");
        Optional<Integer> line = JsonFields.integer(result.path("start"), "line");
        // Older outputs have no fingerprint: the start line keeps distinct findings distinct.
        String ownFingerprint = JsonFields.text(extra, "fingerprint").filter(text -> !text.equals(NO_FINGERPRINT))
                .orElse("line:" + line.map(String::valueOf).orElse(""));
        return new Finding(TOOL, rule, Severity.fromSemgrep(extra.path("severity").asText(null)),
                Fingerprints.of(TOOL, rule, path, ownFingerprint), path, Optional.empty(), Optional.empty(),
                Optional.empty(), JsonFields.text(extra, "message"), line);
    }
}
