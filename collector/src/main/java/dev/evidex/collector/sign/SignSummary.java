package dev.evidex.collector.sign;

import dev.evidex.collector.ci.StepSummary;
import dev.evidex.verification.check.Check;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code sign} tells the terminal and the GitHub step summary: one line per signature or attestation. */
public final class SignSummary {
    private SignSummary() {}

    public static String text(List<Verified> verified) {
        StringBuilder text = new StringBuilder();
        for (Verified item : verified) {
            text.append(String.format("%-11s %-8s %-21s %s%s%n", SignRecords.stream(item),
                    item.verified() ? "verified" : "FAILED", item.report().kind(), item.location(), by(item)));
            item.report().failedChecks().forEach(check -> text.append("    failed ").append(check.name()).append(": ")
                    .append(check.detail()).append('\n'));
        }
        return text.toString();
    }

    public static String markdown(List<Verified> verified) {
        long failed = verified.stream().filter(item -> !item.verified()).count();
        StringBuilder markdown = new StringBuilder("### Evidex: signatures and attestations\n\n")
                .append(failed == 0 ? "✅ " + verified.size() + " verified" : "❌ " + failed + " of " + verified.size()
                        + " failed verification").append("\n\n| record | verdict | kind | input | by | failed checks |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Verified item : verified) {
            markdown.append("| ").append(SignRecords.stream(item)).append(" | ")
                    .append(item.verified() ? "✅ verified" : "❌ failed").append(" | ").append(item.report().kind())
                    .append(" | `").append(StepSummary.cell(item.location())).append("` | ")
                    .append(StepSummary.cell(by(item).strip())).append(" | ")
                    .append(StepSummary.cell(item.report().failedChecks().stream().map(Check::name)
                            .collect(Collectors.joining(", "))))
                    .append(" |\n");
        }
        return markdown.toString();
    }

    private static String by(Verified item) {
        return SignRecords.keyId(item.report()).map(key -> " key " + key)
                .or(() -> item.report().fact("signer-identity").map(identity -> " identity " + identity)).orElse("");
    }
}
