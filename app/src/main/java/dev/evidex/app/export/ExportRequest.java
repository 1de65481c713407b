package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.Assessment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to export: from which store, which queries with which parameters, for which assessment,
 * signed with which key, optionally sampled.
 *
 * @param source      where the evidence is (opened and closed by the caller)
 * @param trustedKeys seal keys to check the store against at export time; empty means the source's default
 *                    (a local store's own {@code keys/}; an S3 store has none and the export is refused)
 */
public record ExportRequest(EvidenceSource source, List<QueryRequest> queries, Assessment assessment, List<String> declaredControls,
        Optional<SampleRequest> sampling, Path signingKey, Optional<Path> trustedKeys, String principal,
        String principalSource, Instant created, Path out) {

    /**
     * One query and its parameter values (the pack's defaults apply to those not given).
     *
     * @param expectedResultSha256 when results on show are reused: the hash the re-run result must have
     */
    public record QueryRequest(String queryId, Map<String, String> parameters, Optional<String> expectedResultSha256) {
        public QueryRequest(String queryId, Map<String, String> parameters) {
            this(queryId, parameters, Optional.empty());
        }

        public QueryRequest {
            requireNonNull(queryId, "queryId is null");
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            requireNonNull(expectedResultSha256, "expectedResultSha256 is null");
        }
    }

    /** Draw {@code size} rows of each query's result with {@code seed}. */
    public record SampleRequest(String seed, int size) {
        public SampleRequest {
            requireNonNull(seed, "seed is null");
            if (size < 1) {
                throw new IllegalArgumentException("sample size must be at least 1");
            }
        }
    }

    public ExportRequest {
        requireNonNull(source, "source is null");
        queries = List.copyOf(queries);
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("choose at least one query");
        }
        requireNonNull(assessment, "assessment is null");
        declaredControls = List.copyOf(declaredControls);
        requireNonNull(sampling, "sampling is null");
        requireNonNull(signingKey, "signingKey is null");
        requireNonNull(trustedKeys, "trustedKeys is null");
        requireNonNull(principal, "principal is null");
        requireNonNull(principalSource, "principalSource is null");
        requireNonNull(created, "created is null");
        requireNonNull(out, "out is null");
    }
}
