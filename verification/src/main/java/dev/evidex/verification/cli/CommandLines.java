package dev.evidex.verification.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The setup every Evidex command line tool shares: usage errors exit 2 with a hint. */
public final class CommandLines {
    /**
     * Descriptions are written as lines of up to about 110 characters; picocli's default of 80
     * columns would break each of them again mid-sentence.
     */
    private static final int USAGE_HELP_WIDTH = 120;

    private CommandLines() {}

    /**
     * A command line for a top-level command.
     *
     * @param exitCodeOnException the exit code when a subcommand throws instead of returning one
     */
    public static CommandLine create(Object command, int exitCodeOnException) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setExitCodeExceptionMapper(exception -> exitCodeOnException);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setUsageHelpWidth(USAGE_HELP_WIDTH);
        return commandLine;
    }

    /** The usage error of a top-level command run without a subcommand. */
    public static CommandLine.ParameterException missingSubcommand(CommandSpec spec) {
        return new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
