package dev.evidex.verification.keys;

/** A key could not be read: wrong format, wrong type or corrupt encoding. */
public final class KeyFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public KeyFormatException(String message) {
        super(message);
    }

    public KeyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
