package dev.evidex.querypack.receipt;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of one execution, enough to reproduce the answer: which query of which pack version,
 * the exact SQL (by hash), the bound values, the engine and its execution id, when, how much was
 * scanned, how many rows, and the SHA-256 of the canonical result.
 */
public record QueryReceipt(
        String queryId,
        String packName,
        String packVersion,
        String dialect,
        String sqlSha256,
        Map<String, String> parameters,
        List<String> arguments,
        String engine,
        String executionId,
        Instant startedAt,
        Instant finishedAt,
        Optional<Long> dataScannedBytes,
        Optional<Long> engineTimeMillis,
        long rowCount,
        String resultSha256) {

    public QueryReceipt {
        requireNonNull(queryId, "queryId is null");
        requireNonNull(packName, "packName is null");
        requireNonNull(packVersion, "packVersion is null");
        requireNonNull(dialect, "dialect is null");
        requireNonNull(sqlSha256, "sqlSha256 is null");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        arguments = List.copyOf(arguments);
        requireNonNull(engine, "engine is null");
        requireNonNull(executionId, "executionId is null");
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(finishedAt, "finishedAt is null");
        requireNonNull(dataScannedBytes, "dataScannedBytes is null");
        requireNonNull(engineTimeMillis, "engineTimeMillis is null");
        requireNonNull(resultSha256, "resultSha256 is null");
    }
}
