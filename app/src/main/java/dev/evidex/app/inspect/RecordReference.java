package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.query.ColumnSpec;
import dev.evidex.app.query.ResultRow;
import java.util.List;
import java.util.Optional;

/** Which record a result row is about: its log and leaf index. */
public record RecordReference(String log, long index) {
    public RecordReference {
        requireNonNull(log, "log is null");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
    }

    /**
     * The record behind a row, when the query returns {@code log} and {@code index} columns, or
     * else the first pair named like {@code sbom_log} and {@code sbom_index} (the record a row cites).
     */
    public static Optional<RecordReference> of(List<ColumnSpec> columns, ResultRow row) {
        int log = position(columns, "log");
        int index = position(columns, "index");
        for (int i = 0; (log < 0 || index < 0) && i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (name.endsWith("_log") && position(columns, name.substring(0, name.length() - 3) + "index") >= 0) {
                log = i;
                index = position(columns, name.substring(0, name.length() - 3) + "index");
            }
        }
        if (log < 0 || index < 0 || row.value(log) == null || row.value(index) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordReference(row.value(log), Long.parseLong(row.value(index))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int position(List<ColumnSpec> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return log + " #" + index;
    }
}
