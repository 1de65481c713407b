package dev.evidex.app.query;

import dev.evidex.querypack.duckdb.IndexProgress;
import dev.evidex.querypack.engine.Cancellation;

/** Opens a query service, blocking: the services of a local store (indexed first) or of an AWS account. */
@FunctionalInterface
public interface QueryOpener {
    QueryService open(IndexProgress progress, Cancellation cancellation) throws Exception;
}
