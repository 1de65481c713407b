package dev.evidex.querypack.duckdb;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads batch objects and hashes their lines on worker threads while the calling thread appends the
 * results, in the order of the list. A bounded number of batch objects is in flight, so memory stays
 * small however large the store.
 */
final class ParallelBatchReader implements AutoCloseable {
    /** Receives each read batch object, on the calling thread. */
    interface Sink {
        void accept(BatchLines batch) throws SQLException;
    }

    private final ExecutorService workers;
    private final ThreadLocal<BatchObjectReader> readers;
    private final int window;

    ParallelBatchReader(int threads) {
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "evidex-index-reader");
            thread.setDaemon(true);
            return thread;
        });
        this.readers = ThreadLocal.withInitial(BatchObjectReader::new);
        this.window = threads * 4;
    }

    void read(List<BatchObject> batches, Sink sink) throws IOException, SQLException {
        Deque<Future<BatchLines>> inFlight = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < batches.size() || !inFlight.isEmpty()) {
                while (next < batches.size() && inFlight.size() < window) {
                    BatchObject batch = batches.get(next++);
                    inFlight.add(workers.submit(() -> readers.get().read(batch)));
                }
                sink.accept(result(inFlight.removeFirst()));
            }
        } finally {
            inFlight.forEach(future -> future.cancel(true));
        }
    }

    private static BatchLines result(Future<BatchLines> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("index update interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
