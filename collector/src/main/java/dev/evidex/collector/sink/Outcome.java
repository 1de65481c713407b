package dev.evidex.collector.sink;

import static java.util.Objects.requireNonNull;

/** Where a submission's evidence is: the sealed batch, and whether this run sealed it. */
public record Outcome(String log, long batch, long firstIndex, long recordCount, String contentDigest,
        boolean newlyRecorded) {
    public Outcome {
        requireNonNull(log, "log is null");
        requireNonNull(contentDigest, "contentDigest is null");
    }

    public String describe() {
        String range = recordCount == 1 ? "record " + firstIndex
                : "records " + firstIndex + ".." + (firstIndex + recordCount - 1);
        return (newlyRecorded ? "sealed " : "already recorded (same inputs): ") + log + " batch " + batch + ", " + range;
    }
}
