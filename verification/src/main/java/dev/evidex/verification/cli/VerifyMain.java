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
        subcommands = {StoreCommand.class, CosignCommand.class, AttestationCommand.class, BundleCommand.class, SbomCommand.class,
                PacketCommand.class},
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
        return CommandLines.create(new VerifyMain(), ExitCodes.USAGE);
    }

    @Override
    public void run() {
        throw CommandLines.missingSubcommand(spec);
    }
}
