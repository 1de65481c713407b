package dev.evidex.collector.cluster.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one request yields: the evidence to record, how many events it carried, and the events
 * dropped by the recording policy, counted by reason (they are never silently lost).
 */
public record Batch(List<Evidence> evidence, int received, Map<String, Integer> dropped) {
    public Batch {
        evidence = List.copyOf(evidence);
        dropped = Map.copyOf(requireNonNull(dropped, "dropped is null"));
    }

    public int droppedTotal() {
        return dropped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Collects a batch event by event. */
    public static final class Builder {
        private final List<Evidence> evidence = new java.util.ArrayList<>();
        private final Map<String, Integer> dropped = new TreeMap<>();
        private int received;

        public Builder record(Evidence item) {
            received++;
            evidence.add(item);
            return this;
        }

        public Builder drop(String reason) {
            received++;
            dropped.merge(reason, 1, Integer::sum);
            return this;
        }

        public Batch build() {
            return new Batch(evidence, received, dropped);
        }
    }
}
