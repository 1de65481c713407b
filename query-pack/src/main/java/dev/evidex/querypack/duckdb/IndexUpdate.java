package dev.evidex.querypack.duckdb;

import java.time.Duration;

/** What one index update did. */
public record IndexUpdate(int batchesAdded, long recordsAdded, long bytesRead, Duration elapsed) {
    /** Records indexed per second in this update (0 when nothing was added). */
    public double recordsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : recordsAdded / seconds;
    }
}
