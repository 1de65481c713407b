package dev.evidex.collector.scan;

/** The report shapes the collector reads. */
public enum ReportFormat {
    /** Trivy JSON: SchemaVersion 2 object or the legacy (pre 0.20) array of results. */
    TRIVY_JSON,
    /** {@code semgrep --json}. */
    SEMGREP_JSON,
    /** SARIF 2.1.0 from Trivy or Semgrep. */
    SARIF
}
