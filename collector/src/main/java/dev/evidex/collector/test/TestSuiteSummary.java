package dev.evidex.collector.test;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Counts of one or more JUnit XML reports, taken from the test cases themselves. */
public record TestSuiteSummary(int total, int failures, int errors, int skipped, int suites, List<FailedTest> failed) {
    /** A failing test case: suite or class, name, and the first line of its message. */
    public record FailedTest(String className, String name, String message) {
        public FailedTest {
            requireNonNull(className, "className is null");
            requireNonNull(name, "name is null");
            requireNonNull(message, "message is null");
        }
    }

    public TestSuiteSummary {
        failed = List.copyOf(requireNonNull(failed, "failed is null"));
    }

    public int failedCount() {
        return failures + errors;
    }

    public TestSuiteSummary plus(TestSuiteSummary other) {
        List<FailedTest> all = new java.util.ArrayList<>(failed);
        all.addAll(other.failed);
        return new TestSuiteSummary(total + other.total, failures + other.failures, errors + other.errors,
                skipped + other.skipped, suites + other.suites, all);
    }

    public static TestSuiteSummary empty() {
        return new TestSuiteSummary(0, 0, 0, 0, 0, List.of());
    }
}
