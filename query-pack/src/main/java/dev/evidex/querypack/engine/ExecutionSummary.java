package dev.evidex.querypack.engine;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** What the engine reports about one execution. */
public record ExecutionSummary(
        String executionId,
        Instant startedAt,
        Instant finishedAt,
        Optional<Long> dataScannedBytes,
        Optional<Long> engineTimeMillis) {
    public ExecutionSummary {
        requireNonNull(executionId, "executionId is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(finishedAt, "finishedAt is null");
        requireNonNull(dataScannedBytes, "dataScannedBytes is null");
        requireNonNull(engineTimeMillis, "engineTimeMillis is null");
    }
}
