package dev.evidex.querypack.pack;

import static java.util.Objects.requireNonNull;

/** A declared result column: name, type and what it means to the auditor. */
public record ResultColumn(String name, ResultType type, String meaning) {
    public ResultColumn {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(meaning, "meaning is null");
    }
}
