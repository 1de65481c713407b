package dev.evidex.verification.keys;

/** A signature could not be produced (key unreadable, KMS refused, ...). */
public final class SigningException extends Exception {
    private static final long serialVersionUID = 1L;

    public SigningException(String message) {
        super(message);
    }

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
