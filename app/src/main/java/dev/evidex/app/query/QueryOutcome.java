package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine reported about one run.
 *
 * @param boundParameters the parameter values as bound (relative dates resolved), from the receipt
 * @param resultSha256    the receipt's hash of the canonical result, when the engine issues receipts
 */
public record QueryOutcome(String engine, String executionId, Duration duration, Optional<Long> dataScannedBytes,
        long rows, Map<String, String> boundParameters, Optional<String> resultSha256) {
    public QueryOutcome(String engine, String executionId, Duration duration, Optional<Long> dataScannedBytes, long rows) {
        this(engine, executionId, duration, dataScannedBytes, rows, Map.of(), Optional.empty());
    }

    public QueryOutcome {
        boundParameters = Map.copyOf(boundParameters);
        requireNonNull(resultSha256, "resultSha256 is null");
        requireNonNull(engine, "engine is null");
        requireNonNull(executionId, "executionId is null");
        requireNonNull(duration, "duration is null");
        requireNonNull(dataScannedBytes, "dataScannedBytes is null");
    }
}
