package dev.evidex.collector.gate;

import dev.evidex.collector.ci.StepSummary;
import dev.evidex.collector.scan.Finding;
import java.util.List;

/** The gate's result for people: a plain table on the console, Markdown for the job summary. */
public final class GateTables {
    private static final int MAX_ROWS = 50;

    private GateTables() {}

    public static String text(String tool, GateResult gate) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%s: %d finding(s), %d new, %d known%n", tool, gate.findings().size(), gate.newCount(),
                gate.findings().size() - gate.newCount()));
        gate.expiredWaivers().forEach(waiver -> text.append(String.format(
                "warning: waiver for %s (approved by %s) expired at %s and no longer applies%n",
                waiver.fingerprint(), waiver.approver(), waiver.expires())));
        if (gate.threshold().isEmpty()) {
            return text.toString();
        }
        text.append(String.format("gate %s: %s (threshold %s)%n", gate.passed() ? "PASSED" : "FAILED", gate.reason(),
                gate.threshold().get()));
        if (!gate.passed()) {
            text.append(String.format("%-8s  %-20s  %-24s  %-16s  %-30s  %s%n", "SEVERITY", "ID", "PACKAGE", "VERSION",
                    "TARGET", "FINGERPRINT"));
            for (GatedFinding gated : limit(gate.blocking())) {
                Finding finding = gated.finding();
                text.append(String.format("%-8s  %-20s  %-24s  %-16s  %-30s  %s%n", finding.severity(), finding.findingId(),
                        finding.packageName().orElse("-"), finding.packageVersion().orElse("-"), finding.target(),
                        finding.fingerprint()));
            }
            appendMore(text, gate.blocking().size());
        }
        return text.toString();
    }

    public static String markdown(String tool, GateResult gate) {
        StringBuilder markdown = new StringBuilder();
        markdown.append("### Evidex: ").append(tool).append(" scan\n\n");
        markdown.append(String.format("%d finding(s): **%d new**, %d known.%n%n", gate.findings().size(), gate.newCount(),
                gate.findings().size() - gate.newCount()));
        gate.threshold().ifPresent(threshold -> markdown.append(String.format("Gate **%s** at %s: %s.%n%n",
                gate.passed() ? "passed" : "FAILED", threshold, StepSummary.cell(gate.reason()))));
        List<GatedFinding> rows = gate.passed()
                ? gate.findings().stream().filter(finding -> !finding.known()).toList() : gate.blocking();
        if (!rows.isEmpty()) {
            markdown.append(gate.passed() ? "New findings:\n\n" : "Blocking findings:\n\n");
            markdown.append("| severity | id | package | version | target | novelty |\n|---|---|---|---|---|---|\n");
            for (GatedFinding gated : limit(rows)) {
                Finding finding = gated.finding();
                markdown.append("| ").append(finding.severity()).append(" | ").append(StepSummary.cell(finding.findingId()))
                        .append(" | ").append(StepSummary.cell(finding.packageName().orElse("")))
                        .append(" | ").append(StepSummary.cell(finding.packageVersion().orElse("")))
                        .append(" | ").append(StepSummary.cell(finding.target())).append(" | ").append(gated.novelty())
                        .append(" |\n");
            }
            if (rows.size() > MAX_ROWS) {
                markdown.append("\n… and ").append(rows.size() - MAX_ROWS).append(" more.\n");
            }
        }
        return markdown.toString();
    }

    private static List<GatedFinding> limit(List<GatedFinding> findings) {
        return findings.subList(0, Math.min(MAX_ROWS, findings.size()));
    }

    private static void appendMore(StringBuilder text, int total) {
        if (total > MAX_ROWS) {
            text.append("... and ").append(total - MAX_ROWS).append(" more (all are in the gate record)\n");
        }
    }
}
