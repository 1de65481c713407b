package dev.evidex.app.inspect;

/** The result of one check in this run. SKIPPED is never shown as verified. */
public enum CheckOutcome {
    PASSED("✓"),
    FAILED("✗"),
    SKIPPED("–");

    private final String symbol;

    CheckOutcome(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
