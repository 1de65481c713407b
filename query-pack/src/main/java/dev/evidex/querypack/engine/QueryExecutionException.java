package dev.evidex.querypack.engine;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An execution failed or was cancelled; the message carries the engine's own reason. */
public final class QueryExecutionException extends Exception {
    private final FailureKind kind;
    private final transient Optional<String> executionId;

    public QueryExecutionException(FailureKind kind, String message, Optional<String> executionId, Throwable cause) {
        super(kind.description() + ": " + message, cause);
        this.kind = requireNonNull(kind, "kind is null");
        this.executionId = requireNonNull(executionId, "executionId is null");
    }

    public QueryExecutionException(FailureKind kind, String message, Optional<String> executionId) {
        this(kind, message, executionId, null);
    }

    public FailureKind kind() {
        return kind;
    }

    public Optional<String> executionId() {
        return executionId;
    }
}
