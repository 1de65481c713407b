package dev.evidex.verification.check;

import java.util.List;

/** The per-check result model as plain text for a terminal. */
public final class ReportText {
    private ReportText() {}

    public static String toText(List<ArtifactReport> reports) {
        StringBuilder text = new StringBuilder();
        for (ArtifactReport report : reports) {
            text.append(report.verified() ? "VERIFIED " : "FAILED   ")
                    .append(report.kind()).append(' ').append(report.artifact()).append('\n');
            for (Check check : report.checks()) {
                text.append(String.format("  %-14s %-22s %s", check.status(), check.name(), check.detail()));
                check.principal().ifPresent(principal -> text.append(" [").append(principal).append(']'));
                text.append('\n');
            }
            for (Fact fact : report.facts()) {
                text.append("  ").append(fact.name()).append(": ").append(fact.value()).append('\n');
            }
        }
        return text.toString();
    }
}
