package dev.evidex.app.cli;

import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.verification.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code evidex query list}: every query of the pack with its title. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the queries of the pack.")
public final class QueryListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        QueryPack pack = QueryPack.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        out.println(pack.name() + " " + pack.version());
        int width = pack.queries().stream().mapToInt(q -> q.id().length()).max().orElse(0);
        int number = 1;
        for (QueryDefinition query : pack.queries()) {
            out.printf("%2d  %-" + width + "s  %s%n", number++, query.id(), query.title());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
