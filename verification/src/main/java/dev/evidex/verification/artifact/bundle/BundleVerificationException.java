package dev.evidex.verification.artifact.bundle;

/** A Sigstore bundle could not be verified at all: malformed bundle, unreadable trusted root. */
public final class BundleVerificationException extends Exception {
    private static final long serialVersionUID = 1L;

    public BundleVerificationException(String message) {
        super(message);
    }

    public BundleVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
