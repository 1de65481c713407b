package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

/** One check re-run locally just now, with what it found. */
public record CheckResult(String name, CheckOutcome outcome, String detail) {
    public CheckResult {
        requireNonNull(name, "name is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(detail, "detail is null");
    }

    public static CheckResult passed(String name, String detail) {
        return new CheckResult(name, CheckOutcome.PASSED, detail);
    }

    public static CheckResult failed(String name, String detail) {
        return new CheckResult(name, CheckOutcome.FAILED, detail);
    }

    public static CheckResult skipped(String name, String detail) {
        return new CheckResult(name, CheckOutcome.SKIPPED, detail);
    }

    public static CheckResult notApplicable(String name, String detail) {
        return new CheckResult(name, CheckOutcome.NOT_APPLICABLE, detail);
    }
}
