package dev.evidex.verification.artifact.attestation;

/** An attestation could not be verified at all: unreadable, malformed or of an unknown shape. */
public final class AttestationVerificationException extends Exception {
    private static final long serialVersionUID = 1L;

    public AttestationVerificationException(String message) {
        super(message);
    }

    public AttestationVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
