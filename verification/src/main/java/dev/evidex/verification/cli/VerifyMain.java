package dev.evidex.verification.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evidex-verify}: offline verification of evidence stores, artifacts and packets. */
@Command(
        name = "evidex-verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Verifies Evidex evidence offline, with trust material on disk and no network.",
            ""
        },
        subcommands = {StoreCommand.class, CosignCommand.class, AttestationCommand.class, BundleCommand.class, SbomCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything verified",
            "1:verification failed (the report names each failed check)",
            "2:usage or input error (nothing was verified)"
        })
public final class VerifyMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new VerifyMain());
        commandLine.setExitCodeExceptionMapper(exception -> ExitCodes.USAGE);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
