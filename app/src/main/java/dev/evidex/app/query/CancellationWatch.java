package dev.evidex.app.query;

import dev.evidex.querypack.engine.Cancellation;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Turns a polled "cancelled?" answer (a {@code Task}'s flag) into the engine's cancel signal. The
 * engine must hear about a cancel while it is still executing, before any row arrives: DuckDB
 * interrupts the statement, Athena stops the execution.
 */
public final class CancellationWatch implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    private static final ScheduledExecutorService POLLER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "evidex-cancellation-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final Cancellation cancellation = new Cancellation();
    private final ScheduledFuture<?> poll;

    public CancellationWatch(BooleanSupplier cancelled) {
        poll = POLLER.scheduleWithFixedDelay(() -> {
            if (!cancellation.isCancelled() && cancelled.getAsBoolean()) {
                cancellation.cancel();
            }
        }, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public void close() {
        poll.cancel(false);
    }
}
