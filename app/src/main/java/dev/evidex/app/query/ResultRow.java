package dev.evidex.app.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One immutable result row: the values' text forms, {@code null} for SQL NULL. */
public final class ResultRow {
    private final List<String> values;

    /** Keeps nulls (unlike {@code List.copyOf}); the copy is unmodifiable. */
    public ResultRow(List<String> values) {
        this.values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public String value(int column) {
        return column < values.size() ? values.get(column) : null;
    }

    public List<String> values() {
        return values;
    }

    public boolean contains(String lowerCaseText) {
        for (String value : values) {
            if (value != null && value.toLowerCase(java.util.Locale.ROOT).contains(lowerCaseText)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join("\t", values.stream().map(v -> v == null ? "" : v).toList());
    }
}
