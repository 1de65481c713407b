package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/** What the engine reported about one run. */
public record QueryOutcome(String engine, String executionId, Duration duration, Optional<Long> dataScannedBytes,
        long rows) {
    public QueryOutcome {
        requireNonNull(engine, "engine is null");
        requireNonNull(executionId, "executionId is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(dataScannedBytes, "dataScannedBytes is null");
    }
}
