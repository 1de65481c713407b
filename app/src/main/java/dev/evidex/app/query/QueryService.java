package dev.evidex.app.query;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The query pack and an engine behind it, as the browser needs them. The implementation adapts
 * the query-pack module; the browser never sees SQL engines directly.
 */
public interface QueryService extends AutoCloseable {
    /** The pack's queries. */
    List<QuerySpec> queries();

    /**
     * Runs a query with the given parameter texts (absent ones take their defaults), streaming rows.
     *
     * @throws QueryFailure on bad parameters or an engine error
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turned true
     */
    QueryOutcome run(QuerySpec query, Map<String, String> parameters, Consumer<ResultRow> rows,
            BooleanSupplier cancelled) throws QueryFailure;

    /** The clock relative parameter defaults such as {@code today-90d} are resolved with. */
    default Clock clock() {
        return Clock.systemUTC();
    }

    /** The engine the queries run on, as the status line names it. */
    default String engine() {
        return "";
    }

    /** Why there are no queries, when there are none. */
    default Optional<String> notice() {
        return Optional.empty();
    }

    @Override
    default void close() {
    }

    /** A service with no queries, for builds without a query engine. */
    static QueryService unavailable(String reason) {
        return new QueryService() {
            @Override
            public List<QuerySpec> queries() {
                return List.of();
            }

            @Override
            public QueryOutcome run(QuerySpec query, Map<String, String> parameters, Consumer<ResultRow> rows,
                    BooleanSupplier cancelled) throws QueryFailure {
                throw new QueryFailure(reason);
            }

            @Override
            public Optional<String> notice() {
                return Optional.of(reason);
            }
        };
    }
}
