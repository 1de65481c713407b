package dev.evidex.collector.cluster.ingest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One evidence record ready for the spool, with the key that makes it unique: a repeated key
 * (the API server re-sending an audit event, a log line shipped twice) is recorded once.
 */
public record Evidence(String key, ObjectNode record) {
    /** Longest accepted key; audit ids are UUIDs, other keys are prefixed SHA-256 hex. */
    public static final int MAX_KEY_LENGTH = 256;

    public Evidence {
        requireNonNull(key, "key is null");
        requireNonNull(record, "record is null");
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("evidence key must be 1-" + MAX_KEY_LENGTH + " characters");
        }
    }
}
