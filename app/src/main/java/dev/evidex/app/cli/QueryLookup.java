package dev.evidex.app.cli;

import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import picocli.CommandLine;

/** Finds a query by id, or reports a usage error that lists the ids. */
final class QueryLookup {
    private QueryLookup() {}

    static QueryDefinition find(CommandLine.Model.CommandSpec spec, QueryPack pack, String id) {
        return pack.find(id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown query '" + id + "' (queries: " + String.join(", ",
                        pack.queries().stream().map(QueryDefinition::id).toList()) + ")"));
    }
}
