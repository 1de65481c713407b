package dev.evidex.app.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One immutable result row: the values' text forms, {@code null} for SQL NULL. */
public final class ResultRow {
    /** An array, not a list: a million rows stay as small as the values themselves allow. */
    private final String[] values;

    /** Keeps nulls (unlike {@code List.copyOf}); the row keeps its own copy. */
    public ResultRow(List<String> values) {
        this.values = values.toArray(new String[0]);
    }

    public String value(int column) {
        return column < values.length ? values[column] : null;
    }

    public List<String> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
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
        return String.join("\t", values().stream().map(v -> v == null ? "" : v).toList());
    }
}
