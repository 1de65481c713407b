package dev.evidex.verification.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent pieces of packet work (deflating entries, hashing, checking proofs) on every
 * core and returns the results in input order, so that what is written or reported does not
 * depend on which thread finished first.
 */
public final class ParallelWork {
    private ParallelWork() {}

    /** One piece of work; may throw the two checked exceptions packet code uses. */
    @FunctionalInterface
    public interface Task<T, R> {
        R apply(T item) throws java.io.IOException, PacketVerificationException;
    }

    public static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Applies {@code task} to every item on up to {@code threads} threads; the first failure (in input order) is thrown. */
    public static <T, R> List<R> map(List<T> items, int threads, Task<T, R> task)
            throws java.io.IOException, PacketVerificationException {
        int workers = Math.max(1, Math.min(threads, items.size()));
        if (workers == 1) {
            List<R> results = new ArrayList<>(items.size());
            for (T item : items) {
                results.add(task.apply(item));
            }
            return results;
        }
        ExecutorService executor = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "evidex-packet-work");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(executor.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(await(future));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) throws java.io.IOException, PacketVerificationException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PacketVerificationException packet) {
                throw packet;
            }
            if (cause instanceof java.io.IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("packet work failed unexpectedly: " + cause, cause);
        }
    }
}
