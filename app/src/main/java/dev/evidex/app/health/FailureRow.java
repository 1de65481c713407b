package dev.evidex.app.health;

import static java.util.Objects.requireNonNull;

/** One failed check, located: which check, log, batch, record index, object and what differed. */
public record FailureRow(String check, String log, String batch, String index, String objectKey, String detail) {
    public FailureRow {
        requireNonNull(check, "check is null");
        requireNonNull(log, "log is null");
        requireNonNull(batch, "batch is null");
        requireNonNull(index, "index is null");
        requireNonNull(objectKey, "objectKey is null");
        requireNonNull(detail, "detail is null");
    }

    /** Where, in one line: {@code log / batch / index / object}. */
    public String location() {
        StringBuilder text = new StringBuilder();
        append(text, "log ", log);
        append(text, "batch ", batch);
        append(text, "index ", index);
        append(text, "", objectKey);
        return text.toString();
    }

    private static void append(StringBuilder text, String label, String value) {
        if (!value.isEmpty()) {
            if (text.length() > 0) {
                text.append(" · ");
            }
            text.append(label).append(value);
        }
    }
}
