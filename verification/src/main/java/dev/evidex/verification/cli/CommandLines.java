package dev.evidex.verification.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The setup every Evidex command line tool shares: usage errors exit 2 with a hint. */
public final class CommandLines {
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
        return commandLine;
    }

    /** The usage error of a top-level command run without a subcommand. */
    public static CommandLine.ParameterException missingSubcommand(CommandSpec spec) {
        return new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
