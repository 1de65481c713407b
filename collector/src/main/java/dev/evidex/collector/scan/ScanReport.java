package dev.evidex.collector.scan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A parsed scan report: which tool and format produced it and every finding in it. */
public record ScanReport(String tool, Optional<String> toolVersion, ReportFormat format, Optional<String> artifactName,
        List<Finding> findings) {

    public ScanReport {
        requireNonNull(tool, "tool is null");
        requireNonNull(toolVersion, "toolVersion is null");
        requireNonNull(format, "format is null");
        requireNonNull(artifactName, "artifactName is null");
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
    }

    /** Media type of the raw report when stored as an artifact. */
    public String mediaType() {
        return format == ReportFormat.SARIF ? "application/sarif+json" : "application/json";
    }
}
