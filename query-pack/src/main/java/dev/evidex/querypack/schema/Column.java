package dev.evidex.querypack.schema;

import static java.util.Objects.requireNonNull;

/** One column of the logical schema. */
public record Column(String name, ColumnType type) {
    public Column {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }

    /** The name quoted for SQL in both dialects (several names, such as {@code user}, are keywords). */
    public String quotedName() {
        return "\"" + name + "\"";
    }
}
