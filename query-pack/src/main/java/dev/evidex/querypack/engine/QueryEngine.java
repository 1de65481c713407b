package dev.evidex.querypack.engine;

import dev.evidex.querypack.pack.Dialect;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.result.ResultSink;

/** Runs bound pack queries and streams their rows into a sink. */
public interface QueryEngine extends AutoCloseable {

    /** The engine's name as receipts record it ({@code duckdb}, {@code athena}). */
    String name();

    Dialect dialect();

    ExecutionSummary execute(BoundQuery query, ResultSink sink, Cancellation cancellation)
            throws QueryExecutionException;

    @Override
    void close();
}
