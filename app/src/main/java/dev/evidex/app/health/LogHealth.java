package dev.evidex.app.health;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One row of the per-log table: what was verified of one log and whether it passed. */
public record LogHealth(String log, long batches, long records, String lastSeal, List<String> signingKeys,
        String retention, long failures) {

    public LogHealth {
        requireNonNull(log, "log is null");
        requireNonNull(lastSeal, "lastSeal is null");
        signingKeys = List.copyOf(signingKeys);
        requireNonNull(retention, "retention is null");
    }

    public boolean verified() {
        return failures == 0;
    }

    public String signingKeysText() {
        return String.join(", ", signingKeys);
    }
}
