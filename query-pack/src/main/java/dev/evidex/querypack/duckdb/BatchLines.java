package dev.evidex.querypack.duckdb;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The leaf hash of each record line of one batch object, with the line's 1-based position among the
 * object's line-feed separated segments (empty segments hold no record and have no hash).
 */
record BatchLines(BatchObject batch, List<Integer> lineNumbers, List<String> leafHashes) {
    BatchLines {
        requireNonNull(batch, "batch is null");
        lineNumbers = List.copyOf(lineNumbers);
        leafHashes = List.copyOf(leafHashes);
        if (lineNumbers.size() != leafHashes.size()) {
            throw new IllegalArgumentException("one leaf hash per line");
        }
    }
}
