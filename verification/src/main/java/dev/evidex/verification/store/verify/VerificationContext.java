package dev.evidex.verification.store.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** State shared by the workers of one store verification. */
final class VerificationContext {
    private final List<Failure> failures = new ArrayList<>();
    private final Set<String> artifactReferences = ConcurrentHashMap.newKeySet();
    private final Set<String> batchObjectReferences = ConcurrentHashMap.newKeySet();
    private final AtomicLong done = new AtomicLong();
    private final long total;
    private final ProgressListener listener;
    private final BooleanSupplier cancelled;

    VerificationContext(long totalBytes, ProgressListener listener, BooleanSupplier cancelled) {
        this.total = totalBytes;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    synchronized void fail(Failure failure) {
        failures.add(failure);
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    Set<String> artifactReferences() {
        return artifactReferences;
    }

    void referenceBatchObject(String key) {
        batchObjectReferences.add(key);
    }

    boolean isReferencedBatchObject(String key) {
        return batchObjectReferences.contains(key);
    }

    void progress(long bytes) {
        listener.progress(done.addAndGet(bytes), total);
    }

    void checkCancelled() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("store verification cancelled");
        }
    }
}
