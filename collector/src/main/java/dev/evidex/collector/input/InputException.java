package dev.evidex.collector.input;

/** Bad input (unreadable, malformed, wrong format, too large): exit code 2, nothing written. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
