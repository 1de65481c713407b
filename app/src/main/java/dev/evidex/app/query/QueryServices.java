package dev.evidex.app.query;

import dev.evidex.app.common.Messages;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.querypack.duckdb.IndexProgress;
import dev.evidex.querypack.engine.Cancellation;

/**
 * Opens the query service of a store. Blocking: a local store's index is brought up to date first,
 * reporting to {@code progress} and stopping (with {@link java.util.concurrent.CancellationException})
 * when {@code cancellation} fires.
 */
@FunctionalInterface
public interface QueryServices {
    QueryService open(EvidenceStore store, IndexProgress progress, Cancellation cancellation) throws Exception;

    /** For builds without the query pack: an empty pack that says why. */
    static QueryServices unavailable() {
        return (store, progress, cancellation) -> QueryService.unavailable(Messages.get("query.noEngine"));
    }
}
