package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.querypack.engine.FailureKind;
import dev.evidex.querypack.engine.QueryExecutionException;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.ResultColumn;
import dev.evidex.querypack.parameters.ParameterInputException;
import dev.evidex.querypack.receipt.QueryReceipt;
import dev.evidex.querypack.result.ResultSink;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** The browser's query service over the query pack and one of its engines. */
public final class PackQueryService implements QueryService {
    private final PackQueries queries;
    private final List<QuerySpec> specs;

    public PackQueryService(PackQueries queries) {
        this.queries = requireNonNull(queries, "queries is null");
        this.specs = queries.pack().queries().stream()
                .map(definition -> QuerySpecs.of(definition, queries.engine().dialect())).toList();
    }

    @Override
    public List<QuerySpec> queries() {
        return specs;
    }

    @Override
    public Clock clock() {
        return queries.clock();
    }

    @Override
    public String engine() {
        return queries.engine().name();
    }

    @Override
    public QueryOutcome run(QuerySpec query, Map<String, String> parameters, Consumer<ResultRow> rows,
            BooleanSupplier cancelled) throws QueryFailure {
        QueryDefinition definition = queries.find(query.id())
                .orElseThrow(() -> new QueryFailure(Messages.format("query.unknownQuery", query.id())));
        try {
            QueryReceipt receipt = queries.run(definition, parameters, new RowSink(rows), cancelled);
            return new QueryOutcome(receipt.engine(), receipt.executionId(),
                    Duration.between(receipt.startedAt(), receipt.finishedAt()), receipt.dataScannedBytes(),
                    receipt.rowCount(), receipt.parameters(), Optional.of(receipt.resultSha256()));
        } catch (ParameterInputException e) {
            throw new QueryFailure(e.getMessage(), e);
        } catch (QueryExecutionException e) {
            if (e.kind() == FailureKind.CANCELLED) {
                throw new CancellationException(e.getMessage());
            }
            throw new QueryFailure(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        queries.close();
    }

    /** Hands each row to the browser as an immutable row as soon as the engine streams it. */
    private record RowSink(Consumer<ResultRow> rows) implements ResultSink {
        @Override
        public void start(List<ResultColumn> columns) {
        }

        @Override
        public void row(List<String> values) {
            rows.accept(new ResultRow(values));
        }

        @Override
        public void finish() {
        }
    }
}
