package dev.evidex.collector.cluster.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The collector's counters, gauges and acknowledgement-latency histogram, rendered in the
 * Prometheus text format (version 0.0.4). Dependency-free on purpose: a handful of series.
 */
public final class Metrics {
    private static final String PREFIX = "evidex_collector_";

    private final Map<String, Map<String, LongAdder>> counters = new ConcurrentHashMap<>();
    private final Map<String, String> help = new ConcurrentHashMap<>();
    private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();
    private final Histogram ackLatency = new Histogram();

    public Metrics() {
        describe("events_received_total", "Events received, by endpoint.");
        describe("events_accepted_total", "Events durably spooled, by endpoint.");
        describe("events_duplicate_total", "Events whose key was already spooled or sealed (recorded once).");
        describe("events_dropped_total", "Events not recorded by the recording policy, by reason.");
        describe("requests_rejected_total", "Requests answered with an error, by status code.");
        describe("events_sealed_total", "Events sealed into the evidence store.");
        describe("batches_sealed_total", "Batches sealed into the evidence store.");
        describe("upload_errors_total", "Failed attempts to seal a batch into the store (retried).");
        describe("provider_keys_total", "Images answered by the external data provider, by decision.");
    }

    private void describe(String name, String text) {
        help.put(name, text);
        counters.put(name, new ConcurrentHashMap<>());
    }

    /** Adds to a counter; {@code label} is {@code name="value"} or empty. */
    public void add(String counter, String label, long amount) {
        Map<String, LongAdder> series = counters.get(counter);
        if (series == null) {
            throw new IllegalArgumentException("unknown counter " + counter);
        }
        series.computeIfAbsent(label, key -> new LongAdder()).add(amount);
    }

    public void add(String counter, long amount) {
        add(counter, "", amount);
    }

    public long value(String counter, String label) {
        LongAdder adder = counters.getOrDefault(counter, Map.of()).get(label);
        return adder == null ? 0 : adder.sum();
    }

    public void gauge(String name, LongSupplier value) {
        gauges.put(name, value);
    }

    public void observeAckLatency(long nanos) {
        ackLatency.observe(nanos);
    }

    public String render() {
        StringBuilder text = new StringBuilder(4096);
        new TreeMap<>(counters).forEach((name, series) -> {
            text.append("# HELP ").append(PREFIX).append(name).append(' ').append(help.get(name)).append('\n');
            text.append("# TYPE ").append(PREFIX).append(name).append(" counter\n");
            if (series.isEmpty()) {
                text.append(PREFIX).append(name).append(" 0\n");
            }
            new TreeMap<>(series).forEach((label, value) -> text.append(PREFIX).append(name)
                    .append(label.isEmpty() ? "" : "{" + label + "}").append(' ').append(value.sum()).append('\n'));
        });
        new TreeMap<>(gauges).forEach((name, value) -> {
            text.append("# TYPE ").append(PREFIX).append(name).append(" gauge\n");
            text.append(PREFIX).append(name).append(' ').append(value.getAsLong()).append('\n');
        });
        ackLatency.render(PREFIX + "ack_latency_seconds",
                "Time from receiving a request to acknowledging it after fsync.", text);
        return text.toString();
    }
}
