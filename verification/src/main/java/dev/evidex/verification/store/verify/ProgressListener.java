package dev.evidex.verification.store.verify;

/** Receives progress of a long verification; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** Bytes verified so far out of the total to verify. */
    void progress(long doneBytes, long totalBytes);
}
