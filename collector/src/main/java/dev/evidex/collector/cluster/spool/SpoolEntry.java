package dev.evidex.collector.cluster.spool;

import static java.util.Objects.requireNonNull;

/**
 * One spooled event: its spool sequence (1, 2, 3, ... across segments), its deduplication key,
 * the record as JSON, and how many bytes it takes in the segment file.
 */
public record SpoolEntry(long sequence, String key, byte[] record, int encodedLength) {
    public SpoolEntry {
        requireNonNull(key, "key is null");
        requireNonNull(record, "record is null");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive");
        }
    }
}
