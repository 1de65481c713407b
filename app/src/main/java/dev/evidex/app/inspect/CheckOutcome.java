package dev.evidex.app.inspect;

/**
 * The result of one check in this run. SKIPPED (present evidence not checked) is never shown as
 * verified; NOT_APPLICABLE means the evidence to check is absent (no transparency-log entry, no
 * timestamp), which the detail says.
 */
public enum CheckOutcome {
    PASSED("✓"),
    FAILED("✗"),
    SKIPPED("–"),
    NOT_APPLICABLE("n/a");

    private final String symbol;

    CheckOutcome(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
