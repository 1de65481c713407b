package dev.evidex.querypack.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The clock of the scenario: the end of March 2024. */
public final class FixedClock {
    private FixedClock() {}

    public static Clock endOfMarch2024() {
        return Clock.fixed(Instant.parse("2024-03-31T12:00:00Z"), ZoneOffset.UTC);
    }
}
