package dev.evidex.verification.trust;

/** The trust directory cannot be used: a file is malformed, a key unreadable, a field missing. */
public final class TrustConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    public TrustConfigurationException(String message) {
        super(message);
    }

    public TrustConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
