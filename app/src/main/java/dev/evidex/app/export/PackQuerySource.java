package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.app.query.PackQueries;
import dev.evidex.querypack.duckdb.DuckDbEngine;
import dev.evidex.querypack.duckdb.LocalIndex;
import dev.evidex.querypack.engine.FailureKind;
import dev.evidex.querypack.engine.QueryExecutionException;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.pack.ResultColumn;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.ParameterInputException;
import dev.evidex.querypack.receipt.QueryReceipt;
import dev.evidex.querypack.receipt.ReceiptJson;
import dev.evidex.querypack.result.JsonText;
import dev.evidex.querypack.result.ResultSink;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.packet.query.QueryInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Runs pack queries for an export on the query pack's DuckDB engine over a local store. */
public final class PackQuerySource implements QuerySource {
    private final PackQueries queries;

    public PackQuerySource(PackQueries queries) {
        this.queries = requireNonNull(queries, "queries is null");
    }

    /** DuckDB over the store's local index (the same index {@code evidex query run --store} keeps up to date). */
    public static PackQuerySource open(Path store, Clock clock) throws ExportException {
        if (!Files.isDirectory(store.resolve("records"))) {
            throw new ExportException(store + " is not an evidence store (no records/ folder)");
        }
        try {
            LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store));
            try {
                index.update();
            } catch (SQLException | IOException | RuntimeException e) {
                index.close();
                throw e;
            }
            return new PackQuerySource(new PackQueries(QueryPack.builtIn(), DuckDbEngine.overIndex(index), clock));
        } catch (SQLException | IOException e) {
            throw new ExportException("cannot index " + store + " for its queries: " + e.getMessage(), e);
        }
    }

    /**
     * DuckDB straight over the batch objects, writing nothing anywhere (the desktop app never writes
     * into a store, and its own index is held open by the query browser).
     */
    public static PackQuerySource overFiles(Path store, Clock clock) throws ExportException {
        try {
            return new PackQuerySource(new PackQueries(QueryPack.builtIn(), DuckDbEngine.overFiles(store), clock));
        } catch (SQLException e) {
            throw new ExportException("cannot read the records of " + store + ": " + e.getMessage(), e);
        }
    }

    /** A source for the export wizard: each query runs on its own engine over the files, closed right after. */
    public static QuerySource perQuery(Path store, Clock clock) {
        return (queryId, parameters, cancelled) -> {
            try (PackQuerySource source = overFiles(store, clock)) {
                return source.run(queryId, parameters, cancelled);
            }
        };
    }

    @Override
    public QueryRun run(String queryId, Map<String, String> parameters, BooleanSupplier cancelled) throws ExportException {
        QueryDefinition query = queries.find(queryId)
                .orElseThrow(() -> new ExportException("the query pack has no query '" + queryId + "'"));
        try {
            BoundQuery bound = queries.bind(query, parameters);
            CanonicalResult result = new CanonicalResult();
            QueryReceipt receipt = queries.run(bound, result, cancelled);
            return new QueryRun(info(query), query.sql(queries.engine().dialect()), parametersJson(bound),
                    ReceiptJson.canonical(receipt).getBytes(StandardCharsets.UTF_8), result.bytes());
        } catch (ParameterInputException e) {
            throw new ExportException(queryId + ": " + e.getMessage(), e);
        } catch (QueryExecutionException e) {
            if (e.kind() == FailureKind.CANCELLED) {
                throw new CancellationException("export cancelled");
            }
            throw new ExportException(ExportException.Kind.EVIDENCE, queryId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        queries.close();
    }

    static QueryInfo info(QueryDefinition query) {
        List<String> names = query.columns().stream().map(ResultColumn::name).toList();
        return new QueryInfo(query.id(), query.title(), query.question(), query.controls().hitrust(),
                query.controls().hipaa(), query.columns().stream()
                        .map(column -> new QueryInfo.Column(column.name(), column.type().resourceName())).toList(),
                QueryInfo.conventionalReferences(names));
    }

    private static byte[] parametersJson(BoundQuery bound) {
        ObjectNode node = Json.mapper().createObjectNode();
        ObjectNode values = node.putObject("parameters");
        bound.valueTexts().forEach(values::put);
        return CanonicalJson.bytes(node);
    }

    /** The canonical result bytes (packet format, section 4), the same lines the receipt's result hash is over. */
    private static final class CanonicalResult implements ResultSink {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private List<ResultColumn> columns = List.of();

        @Override
        public void start(List<ResultColumn> declared) {
            columns = List.copyOf(declared);
            line(String.join(",", columns.stream().map(column -> JsonText.quote(column.name())).toList()));
        }

        @Override
        public void row(List<String> values) {
            StringBuilder cells = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                cells.append(i == 0 ? "" : ",").append(JsonText.value(values.get(i), columns.get(i).type()));
            }
            line(cells.toString());
        }

        @Override
        public void finish() {
        }

        private void line(String cells) {
            bytes.writeBytes(("[" + cells + "]\n").getBytes(StandardCharsets.UTF_8));
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
