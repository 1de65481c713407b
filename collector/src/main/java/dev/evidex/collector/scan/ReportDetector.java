package dev.evidex.collector.scan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import java.util.Optional;

/** Which report a JSON document is, so that a Trivy report passed as Semgrep is named as such. */
public final class ReportDetector {
    private ReportDetector() {}

    /** The format a document looks like, if any. */
    public static Optional<ReportFormat> detect(JsonNode root) {
        if (root.isArray()) {
            JsonNode first = root.path(0);
            return root.isEmpty() || first.has("Target") ? Optional.of(ReportFormat.TRIVY_JSON) : Optional.empty();
        }
        if (!root.isObject()) {
            return Optional.empty();
        }
        if (root.path("runs").isArray()) {
            return Optional.of(ReportFormat.SARIF);
        }
        if (root.has("SchemaVersion") || root.has("ArtifactName")) {
            return Optional.of(ReportFormat.TRIVY_JSON);
        }
        if (root.path("results").isArray()) {
            return Optional.of(ReportFormat.SEMGREP_JSON);
        }
        return Optional.empty();
    }

    /** What the document looks like, for error messages. */
    static String describe(JsonNode root) {
        Optional<ReportFormat> format = detect(root);
        if (format.isPresent()) {
            return switch (format.get()) {
                case TRIVY_JSON -> "it looks like a Trivy JSON report";
                case SEMGREP_JSON -> "it looks like a Semgrep JSON report";
                case SARIF -> "it looks like a SARIF report";
            };
        }
        return "found a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Parses a report of the expected tool ({@code trivy} or {@code semgrep}); the format (JSON or
     * SARIF) is recognised, but a report of the other tool is refused.
     */
    public static ScanReport parse(InputFile file, String expectedTool) throws InputException {
        JsonNode root = file.json();
        ReportFormat format = detect(root).orElseThrow(() -> new InputException(file.name()
                + ": not a Trivy, Semgrep or SARIF report (" + describe(root) + ")"));
        ScanReport report = switch (format) {
            case TRIVY_JSON -> TrivyReports.parse(file, root);
            case SEMGREP_JSON -> SemgrepReports.parse(file, root);
            case SARIF -> SarifReports.parse(file, root);
        };
        if (!report.tool().equals(expectedTool)) {
            throw new InputException(file.name() + ": expected a " + expectedTool + " report but it is a "
                    + report.tool() + " report (" + format.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return report;
    }
}
