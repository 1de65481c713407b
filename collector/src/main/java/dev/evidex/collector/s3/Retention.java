package dev.evidex.collector.s3;

import java.time.Instant;
import java.time.ZoneOffset;

/** How long Object Lock keeps evidence: 7 years by default, never under the 6 HIPAA requires. */
public record Retention(int years) {
    /** HIPAA documentation retention (45 CFR 164.316(b)(2)(i)). */
    public static final int MINIMUM_YEARS = 6;
    public static final int DEFAULT_YEARS = 7;

    public Retention {
        if (years < MINIMUM_YEARS) {
            throw new IllegalArgumentException("retention of " + years + " years is less than the "
                    + MINIMUM_YEARS + " years HIPAA requires for documentation");
        }
    }

    public static Retention defaultRetention() {
        return new Retention(DEFAULT_YEARS);
    }

    public Instant retainUntil(Instant time) {
        return time.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
    }
}
