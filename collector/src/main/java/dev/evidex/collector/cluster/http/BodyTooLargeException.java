package dev.evidex.collector.cluster.http;

/** A request body beyond the configured limit (answered 413). */
final class BodyTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(String message) {
        super(message);
    }
}
