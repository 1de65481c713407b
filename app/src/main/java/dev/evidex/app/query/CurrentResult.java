package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results on show in the query view: which query, with which parameters as bound, how many
 * rows, and the SHA-256 of the canonical result the engine's receipt gave. An export that reuses
 * them runs the query again with exactly these values and refuses a result with another hash.
 */
public record CurrentResult(String queryId, String title, Map<String, String> boundParameters, long rows, String resultSha256) {
    public CurrentResult {
        requireNonNull(queryId, "queryId is null");
        requireNonNull(title, "title is null");
        boundParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(boundParameters));
        requireNonNull(resultSha256, "resultSha256 is null");
    }
}
