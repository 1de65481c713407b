package dev.evidex.verification.store;

import static java.util.Objects.requireNonNull;

/** What one sealed append wrote. */
public record AppendResult(String log, long batch, long firstIndex, long recordCount, long treeSize,
        String root, String sealKey, String batchObjectKey, int attempts) {
    public AppendResult {
        requireNonNull(log, "log is null");
        requireNonNull(root, "root is null");
        requireNonNull(sealKey, "sealKey is null");
        requireNonNull(batchObjectKey, "batchObjectKey is null");
    }
}
