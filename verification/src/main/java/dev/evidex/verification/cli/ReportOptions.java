package dev.evidex.verification.cli;

import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.ReportJson;
import dev.evidex.verification.check.ReportText;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --json} and printing of the per-check result model, shared by the artifact commands. */
public final class ReportOptions {
    @Option(names = "--json", description = "Print the per-check result model as JSON.")
    boolean json;

    /** Prints the reports and returns 0 when every artifact verified, else 1. */
    int print(CommandLine commandLine, List<ArtifactReport> reports) {
        commandLine.getOut().print(json ? ReportJson.toJson(reports) + "\n" : ReportText.toText(reports));
        commandLine.getOut().flush();
        boolean verified = !reports.isEmpty() && reports.stream().allMatch(ArtifactReport::verified);
        return verified ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Prints an input error (nothing was verified) and returns 2. */
    static int inputError(CommandLine commandLine, String message) {
        commandLine.getErr().println("error: " + message);
        commandLine.getErr().flush();
        return ExitCodes.USAGE;
    }
}
