package dev.evidex.verification.packet.evidence;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/** A record named by its log and leaf index, as result rows name the evidence behind them. */
public record RecordReference(String log, long index) implements Comparable<RecordReference> {
    private static final Comparator<RecordReference> ORDER =
            Comparator.comparing(RecordReference::log).thenComparingLong(RecordReference::index);

    public RecordReference {
        requireNonNull(log, "log is null");
        if (index < 0) {
            throw new IllegalArgumentException("record index " + index + " is negative");
        }
    }

    @Override
    public int compareTo(RecordReference other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return log + "#" + index;
    }
}
