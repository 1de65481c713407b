package dev.evidex.app.cli;

import dev.evidex.app.query.QueryDescription;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.verification.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code evidex query show ID}: the question, controls, parameters, columns and SQL of one query. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one query in full.")
public final class QueryShowCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "query id (see 'evidex query list')")
    String id;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(QueryDescription.of(
                QueryLookup.find(spec, QueryPack.builtIn(), id)));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
