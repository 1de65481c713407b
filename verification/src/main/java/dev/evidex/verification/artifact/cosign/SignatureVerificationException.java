package dev.evidex.verification.artifact.cosign;

/** A Cosign signature could not be verified at all: its input is unreadable or malformed. */
public final class SignatureVerificationException extends Exception {
    private static final long serialVersionUID = 1L;

    public SignatureVerificationException(String message) {
        super(message);
    }

    public SignatureVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
