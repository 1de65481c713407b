package dev.evidex.verification.store;

/** The store cannot be written or read as the format requires. */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
