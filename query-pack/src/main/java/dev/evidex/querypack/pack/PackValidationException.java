package dev.evidex.querypack.pack;

/** A query resource is malformed; the message names the query and what is wrong. */
public final class PackValidationException extends RuntimeException {
    public PackValidationException(String message) {
        super(message);
    }

    public PackValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
