package dev.evidex.app.cli;

import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.cli.CommandLines;
import dev.evidex.verification.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evidex}: the headless side of the evidence explorer (queries and evidence packet exports). */
@Command(
        name = "evidex",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Explores, exports and verifies HIPAA/HITRUST CI/CD evidence without a display.", ""},
        subcommands = {QueryCommand.class, ExportCommand.class, VerifyStoreCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the command succeeded",
            "1:the command failed (for example, the query engine reported an error)",
            "2:usage or input error (unknown query, parameter or option; unreadable input)"
        })
public final class EvidexMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return CommandLines.create(new EvidexMain(), ExitCodes.FAILED);
    }

    @Override
    public void run() {
        throw CommandLines.missingSubcommand(spec);
    }
}
