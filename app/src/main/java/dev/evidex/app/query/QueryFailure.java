package dev.evidex.app.query;

/** A query could not run; the message says why in the auditor's words. */
public final class QueryFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public QueryFailure(String message) {
        super(message);
    }

    public QueryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
