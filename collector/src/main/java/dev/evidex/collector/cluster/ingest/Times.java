package dev.evidex.collector.cluster.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Event times as the evidence format wants them: RFC 3339 UTC, at most milliseconds. */
public final class Times {
    private Times() {}

    public static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** An RFC 3339 time with an offset (Kubernetes writes {@code Z}, microseconds). */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Gatekeeper's {@code ts}: epoch seconds as a decimal number. */
    public static Instant fromEpochSeconds(BigDecimal seconds) {
        BigDecimal millis = seconds.movePointRight(3);
        return Instant.ofEpochMilli(millis.longValue());
    }
}
