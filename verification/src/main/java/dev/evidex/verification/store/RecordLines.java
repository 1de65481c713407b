package dev.evidex.verification.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a writer's record into its canonical line (evidence format section 2). */
public final class RecordLines {
    public static final int SCHEMA_VERSION = 1;
    /** Largest record line, in bytes. */
    public static final int MAX_LINE_BYTES = 1 << 20;
    /** Fields the store assigns; a writer must not set them. */
    public static final Set<String> ASSIGNED_FIELDS = Set.of("schema_version", "log", "batch", "index");

    private static final Pattern STREAM = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final Set<String> SOURCE_KINDS = Set.of("ci", "cluster", "manual");

    private RecordLines() {}

    /**
     * Checks what a writer must provide: {@code stream}, {@code time} (RFC 3339 UTC),
     * {@code source_kind}, and none of the assigned fields.
     *
     * @throws IllegalArgumentException naming the first problem
     */
    public static void validate(ObjectNode record) {
        for (String field : ASSIGNED_FIELDS) {
            if (record.has(field)) {
                throw new IllegalArgumentException("field '" + field + "' is assigned by the store and must not be set");
            }
        }
        String stream = text(record, "stream");
        if (!STREAM.matcher(stream).matches()) {
            throw new IllegalArgumentException("stream '" + stream + "' must match [a-z][a-z0-9_-]{0,31}");
        }
        String time = text(record, "time");
        if (!time.endsWith("Z")) {
            throw new IllegalArgumentException("time '" + time + "' must be RFC 3339 UTC ending in Z");
        }
        try {
            java.time.Instant.parse(time);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + time + "' is not RFC 3339", e);
        }
        String sourceKind = text(record, "source_kind");
        if (!SOURCE_KINDS.contains(sourceKind)) {
            throw new IllegalArgumentException("source_kind '" + sourceKind + "' must be one of " + SOURCE_KINDS);
        }
    }

    private static String text(ObjectNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' is required and must be a string");
        }
        return value.textValue();
    }

    /** The canonical line of a validated record with its assigned fields, without the line feed. */
    public static byte[] line(ObjectNode record, String log, long batch, long index) {
        ObjectNode copy = record.deepCopy();
        copy.put("schema_version", SCHEMA_VERSION);
        copy.put("log", log);
        copy.put("batch", batch);
        copy.put("index", index);
        byte[] line = CanonicalJson.bytes(copy);
        if (line.length > MAX_LINE_BYTES) {
            throw new IllegalArgumentException("record is " + line.length + " bytes, more than the "
                    + MAX_LINE_BYTES + " allowed");
        }
        return line;
    }
}
