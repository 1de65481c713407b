package dev.evidex.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall-clock samples of one measurement, in milliseconds. */
final class Timings {
    private final List<Double> samples = new ArrayList<>();

    void add(long nanos) {
        samples.add(nanos / 1e6);
    }

    double median() {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    int count() {
        return samples.size();
    }
}
