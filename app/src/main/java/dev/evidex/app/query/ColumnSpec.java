package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

/** A declared result column and what it means to the auditor. */
public record ColumnSpec(String name, ColumnKind kind, String meaning) {
    public ColumnSpec {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(meaning, "meaning is null");
    }
}
