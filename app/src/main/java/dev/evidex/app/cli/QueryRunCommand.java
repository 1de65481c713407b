package dev.evidex.app.cli;

import dev.evidex.app.query.EngineFactory;
import dev.evidex.querypack.athena.AthenaSettings;
import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.QueryEngine;
import dev.evidex.querypack.engine.QueryExecutionException;
import dev.evidex.querypack.engine.QueryRunner;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.ParameterBinder;
import dev.evidex.querypack.parameters.ParameterInputException;
import dev.evidex.querypack.receipt.QueryReceipt;
import dev.evidex.querypack.receipt.ReceiptJson;
import dev.evidex.verification.cli.ExitCodes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code evidex query run ID}: runs one query, streams its rows and issues its receipt. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
    "Runs one query on a local store (DuckDB) or on Athena and writes its rows and its receipt.",
    "Parameters are bound, never spliced into SQL: a value is only ever a value."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the query ran (an empty answer is an answer)", "1:the engine failed or was cancelled",
            "2:usage or input error (unknown query or parameter, wrong type, missing value)"})
public final class QueryRunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "query id (see 'evidex query list')")
    String id;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "a query parameter (repeatable)")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Mixin
    SourceOptions source;

    @Mixin
    OutputOptions output;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        QueryPack pack = QueryPack.builtIn();
        QueryDefinition query = QueryLookup.find(spec, pack, id);
        BoundQuery bound;
        try {
            bound = new ParameterBinder(clock).bind(query, parameters);
        } catch (ParameterInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (QueryEngine engine = openEngine(err); Writer out = openOutput()) {
            QueryReceipt receipt = run(pack, engine, bound, out);
            report(receipt, err);
            return ExitCodes.OK;
        } catch (QueryExecutionException e) {
            err.println("error: " + e.getMessage());
            e.executionId().ifPresent(execution -> err.println("execution: " + execution));
            return ExitCodes.FAILED;
        } catch (SQLException e) {
            err.println("error: the local index could not be opened or updated: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private QueryReceipt run(QueryPack pack, QueryEngine engine, BoundQuery bound, Writer out)
            throws QueryExecutionException {
        Cancellation cancellation = new Cancellation();
        // Ctrl-C stops the engine's work too (on Athena: StopQueryExecution), not just this process.
        Thread onInterrupt = new Thread(cancellation::cancel, "evidex-query-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return new QueryRunner(pack, engine).run(bound, output.format.sink(out), cancellation);
        } finally {
            removeHook(onInterrupt);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting: the hook has run or is running.
        }
    }

    private QueryEngine openEngine(PrintWriter err) throws SQLException, IOException {
        if (source.athena == (source.store != null)) {
            throw new ParameterException(spec.commandLine(), "choose where to run: --store DIR or --athena");
        }
        if (source.athena) {
            AthenaSettings settings = AthenaSettings.of(source.workgroup(), source.database, source.outputLocation())
                    .withCatalog(source.catalog);
            return EngineFactory.athena(settings, source.region(), source.endpoint());
        }
        if (!Files.isDirectory(source.store.resolve("records"))) {
            throw new ParameterException(spec.commandLine(), "not an evidence store (no records/ folder): "
                    + source.store);
        }
        return EngineFactory.local(source.store, source.index(), !source.noIndex, err);
    }

    private Writer openOutput() throws IOException {
        if (output.out().isEmpty()) {
            return new NonClosingWriter(spec.commandLine().getOut());
        }
        return new BufferedWriter(Files.newBufferedWriter(output.out().get(), StandardCharsets.UTF_8), 1 << 16);
    }

    private void report(QueryReceipt receipt, PrintWriter err) throws IOException {
        if (output.receipt().isPresent()) {
            Path file = output.receipt().get();
            Files.writeString(file, ReceiptJson.canonical(receipt) + "\n", StandardCharsets.UTF_8);
            err.println("receipt: " + file);
        }
        err.printf("%d rows, result sha256 %s, %s execution %s%s%n", receipt.rowCount(), receipt.resultSha256(),
                receipt.engine(), receipt.executionId(),
                receipt.dataScannedBytes().map(b -> ", " + b + " bytes scanned").orElse(""));
        err.flush();
    }
}
