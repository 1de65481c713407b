package dev.evidex.verification.seal;

/** A seal is malformed, unsigned, signed by an untrusted key or outside its key's window. */
public final class SealException extends Exception {
    private static final long serialVersionUID = 1L;

    public SealException(String message) {
        super(message);
    }

    public SealException(String message, Throwable cause) {
        super(message, cause);
    }
}
