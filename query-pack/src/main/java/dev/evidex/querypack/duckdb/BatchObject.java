package dev.evidex.querypack.duckdb;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** A batch object of the store: {@code records/dt=YYYY-MM-DD/<log>-<batch>.jsonl}. */
public record BatchObject(String key, Path path, long size) {
    public BatchObject {
        requireNonNull(key, "key is null");
        requireNonNull(path, "path is null");
    }
}
