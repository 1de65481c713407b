package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.querypack.duckdb.IndexStep;
import dev.evidex.querypack.engine.Cancellation;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;

/**
 * Opens a query service in the background. A local store is indexed first (every batch object on
 * the first open: seconds to minutes), so the task reports the index's progress and a cancel stops
 * the update inside DuckDB. A service that opens after its task was cancelled is closed at once: it
 * holds the index file, which the next open of the same store needs.
 */
final class ServiceOpening extends Task<QueryService> {
    private final String storeName;
    private final QueryOpener opener;
    private final Cancellation cancellation = new Cancellation();
    private final AtomicReference<QueryService> opened = new AtomicReference<>();

    ServiceOpening(String storeName, QueryOpener opener) {
        this.storeName = requireNonNull(storeName, "storeName is null");
        this.opener = requireNonNull(opener, "opener is null");
    }

    @Override
    protected QueryService call() throws Exception {
        QueryService service = opener.open((step, fraction) -> {
            updateProgress(fraction, 1);
            updateMessage(Messages.format("query.indexing", storeName, stepText(step), fraction));
        }, cancellation);
        opened.set(service);
        if (isCancelled()) {
            closeOpened();
        }
        return service;
    }

    private static String stepText(IndexStep step) {
        return Messages.get(switch (step) {
            case READING -> "query.indexStep.reading";
            case LOADING -> "query.indexStep.loading";
            case DERIVING -> "query.indexStep.deriving";
        });
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        // The task is marked cancelled before the update is told: the update then ends with an exception,
        // which must not turn the cancel into a failure.
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        cancellation.cancel();
        if (cancelled) {
            closeOpened();
        }
        return cancelled;
    }

    /** The opened service, handed over once; empty if a cancel closed it. Call after success. */
    Optional<QueryService> take() {
        return Optional.ofNullable(opened.getAndSet(null));
    }

    String storeName() {
        return storeName;
    }

    private void closeOpened() {
        Optional.ofNullable(opened.getAndSet(null)).ifPresent(QueryService::close);
    }
}
