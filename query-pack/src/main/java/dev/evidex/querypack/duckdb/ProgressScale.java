package dev.evidex.querypack.duckdb;

import static java.util.Objects.requireNonNull;

/**
 * Maps the progress of one chunk's steps onto the fraction of the whole update. Step weights are
 * the shares of time measured on a 1,000,000-record store (reading 12 %, loading 61 %, deriving
 * 27 %), rounded to 15, 60 and 25 %; the reported fraction never goes back, whatever DuckDB's own
 * estimate does.
 */
final class ProgressScale {
    private static final double READING_END = 0.15;
    private static final double LOADING_END = 0.75;

    private final IndexProgress progress;
    private final long totalBatches;
    private long chunkStart;
    private long chunkBatches;
    private double reported;

    ProgressScale(IndexProgress progress, long totalBatches) {
        this.progress = requireNonNull(progress, "progress is null");
        this.totalBatches = Math.max(1, totalBatches);
    }

    /** The next chunk starts after {@code done} batch objects and holds {@code batches}. */
    synchronized void chunk(long done, long batches) {
        chunkStart = done;
        chunkBatches = batches;
    }

    /** {@code fraction} (0 to 1) of {@code step} of the current chunk is done. */
    void step(IndexStep step, double fraction) {
        double within = Math.min(1, Math.max(0, fraction));
        double chunkFraction = switch (step) {
            case READING -> READING_END * within;
            case LOADING -> READING_END + (LOADING_END - READING_END) * within;
            case DERIVING -> LOADING_END + (1 - LOADING_END) * within;
        };
        double overall;
        synchronized (this) {
            overall = Math.max(reported, (chunkStart + chunkBatches * chunkFraction) / totalBatches);
            reported = overall;
        }
        progress.reached(step, overall);
    }
}
