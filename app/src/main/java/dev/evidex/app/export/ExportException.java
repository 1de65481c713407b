package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

/** An export could not be made; the message says why and nothing was written. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether the input was unusable or the evidence did not verify. */
    public enum Kind { INPUT, EVIDENCE }

    private final Kind kind;

    public ExportException(String message) {
        this(Kind.INPUT, message, null);
    }

    public ExportException(String message, Throwable cause) {
        this(Kind.INPUT, message, cause);
    }

    public ExportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = requireNonNull(kind, "kind is null");
    }

    public Kind kind() {
        return kind;
    }
}
