package dev.evidex.verification.store.verify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What the verifier saw of one log. */
public record LogSummary(String log, long batches, long records, long bytes, Optional<Instant> lastSealTime,
        Optional<String> root, Set<String> keyIds) {
    public LogSummary {
        requireNonNull(log, "log is null");
        requireNonNull(lastSealTime, "lastSealTime is null");
        requireNonNull(root, "root is null");
        keyIds = Set.copyOf(requireNonNull(keyIds, "keyIds is null"));
    }
}
