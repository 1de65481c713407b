package dev.evidex.collector.cluster.metrics;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram with fixed buckets (seconds) suited to fsync-bound latencies. */
final class Histogram {
    private static final double[] BOUNDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length];
    private final LongAdder count = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();

    Histogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void observe(long nanos) {
        double seconds = nanos / 1e9;
        for (int i = 0; i < BOUNDS.length; i++) {
            if (seconds <= BOUNDS[i]) {
                buckets[i].increment();
                break;
            }
        }
        count.increment();
        sumNanos.add(nanos);
    }

    void render(String name, String help, StringBuilder text) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" histogram\n");
        long cumulative = 0;
        for (int i = 0; i < BOUNDS.length; i++) {
            cumulative += buckets[i].sum();
            text.append(name).append("_bucket{le=\"").append(format(BOUNDS[i])).append("\"} ").append(cumulative).append('\n');
        }
        text.append(name).append("_bucket{le=\"+Inf\"} ").append(count.sum()).append('\n');
        text.append(name).append("_sum ").append(format(sumNanos.sum() / 1e9)).append('\n');
        text.append(name).append("_count ").append(count.sum()).append('\n');
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }
}
