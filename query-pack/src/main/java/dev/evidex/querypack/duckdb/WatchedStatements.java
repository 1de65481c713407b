package dev.evidex.querypack.duckdb;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.engine.Cancellation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;

/**
 * Runs DuckDB statements so that a cancel interrupts them inside DuckDB and their progress is seen:
 * a daemon thread reads DuckDB's own estimate every {@value #POLL_MILLIS} ms while one runs (the
 * connection must have {@code enable_progress_bar} set). A statement that ends after a cancel
 * throws {@link CancellationException}, so the caller rolls its transaction back.
 */
final class WatchedStatements implements AutoCloseable {
    private static final long POLL_MILLIS = 200;

    private final Cancellation cancellation;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "evidex-index-progress");
        thread.setDaemon(true);
        return thread;
    });

    WatchedStatements(Cancellation cancellation) {
        this.cancellation = requireNonNull(cancellation, "cancellation is null");
    }

    /** Throws {@link CancellationException} if the update was cancelled. */
    void checkCancelled() {
        if (cancellation.isCancelled()) {
            throw new CancellationException("the index update was cancelled");
        }
    }

    /** Executes {@code sql}, reporting DuckDB's progress (0 to 1) to {@code progress}; returns the rows changed. */
    long executeUpdate(Connection connection, String sql, DoubleConsumer progress) throws SQLException {
        checkCancelled();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Running running = new Running(statement.unwrap(DuckDBPreparedStatement.class), progress);
            cancellation.onCancel(running::cancel);
            ScheduledFuture<?> poll = watcher.scheduleWithFixedDelay(running::report, POLL_MILLIS, POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
            try {
                long changed = statement.executeLargeUpdate();
                checkCancelled();
                return changed;
            } catch (SQLException e) {
                if (cancellation.isCancelled()) {
                    CancellationException cancelled = new CancellationException("the index update was cancelled");
                    cancelled.initCause(e);
                    throw cancelled;
                }
                throw e;
            } finally {
                poll.cancel(false);
                running.finish();
            }
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }

    /** One executing statement; reading progress and cancelling stop once it has finished (it is then closed). */
    private static final class Running {
        private final DuckDBPreparedStatement statement;
        private final DoubleConsumer progress;
        private boolean finished;

        Running(DuckDBPreparedStatement statement, DoubleConsumer progress) {
            this.statement = statement;
            this.progress = progress;
        }

        synchronized void report() {
            if (finished) {
                return;
            }
            try {
                QueryProgress now = statement.getQueryProgress();
                if (now.getPercentage() >= 0) {
                    progress.accept(now.getPercentage() / 100);
                }
            } catch (SQLException e) {
                // No estimate this time (the statement may be between phases); the next poll tries again.
            }
        }

        synchronized void cancel() {
            if (finished) {
                return;
            }
            try {
                statement.cancel();
            } catch (SQLException e) {
                // Already done or closing: executeUpdate still sees the cancel and throws.
            }
        }

        synchronized void finish() {
            finished = true;
        }
    }
}
