package dev.evidex.app.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one executor for blocking work (AWS calls, hashing, queries, I/O), injected everywhere that
 * needs it. Daemon threads, so a forgotten task never keeps the app alive after its window closed.
 */
public final class BackgroundExecutor implements Executor, AutoCloseable {
    private final ExecutorService delegate;

    private BackgroundExecutor(ExecutorService delegate) {
        this.delegate = delegate;
    }

    /** A cached pool of threads named {@code evidex-worker-N}. */
    public static BackgroundExecutor create() {
        return new BackgroundExecutor(Executors.newCachedThreadPool(namedDaemonThreads("evidex-worker-")));
    }

    static ThreadFactory namedDaemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void execute(Runnable command) {
        delegate.execute(command);
    }

    @Override
    public void close() {
        delegate.shutdownNow();
    }
}
