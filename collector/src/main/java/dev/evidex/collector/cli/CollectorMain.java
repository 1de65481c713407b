package dev.evidex.collector.cli;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.cluster.ServeCommand;
import dev.evidex.verification.cli.ExitCodes;
import dev.evidex.verification.cli.CommandLines;
import dev.evidex.verification.cli.VersionProvider;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evidex-collector}: feeds the write-once evidence store from CI and from the cluster. */
@Command(
        name = "evidex-collector",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Collects CI and cluster evidence into a write-once, sealed evidence store.", ""},
        subcommands = {KeygenCommand.class, AppendCommand.class, TestCommand.class, ScanCommand.class,
            PushCommand.class, SbomCommand.class, SignCommand.class, DemoCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:evidence recorded (and every gate passed)",
            "1:a gate failed (the evidence of the failure was recorded)",
            "2:usage or input error (nothing was written)"
        })
public final class CollectorMain implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;
    private final Clock clock;

    CollectorMain(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.clock = requireNonNull(clock, "clock is null");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv(), Clock.systemUTC());
    }

    /** A command line that reads CI context from {@code environment} and time from {@code clock}. */
    public static CommandLine commandLine(Map<String, String> environment, Clock clock) {
        return CommandLines.create(new CollectorMain(environment, clock), ExitCodes.USAGE);
    }

    Map<String, String> environment() {
        return environment;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public void run() {
        throw CommandLines.missingSubcommand(spec);
    }
}
