package dev.evidex.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evidex query}: the pre-built audit queries. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = "Lists, shows and runs the pre-built audit queries.",
        subcommands = {QueryListCommand.class, QueryShowCommand.class, QueryRunCommand.class})
public final class QueryCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
