package dev.evidex.verification.sbom;

/** An SBOM could not be read: too large, too deeply nested, not SPDX 2.x, or missing required fields. */
public final class SbomException extends Exception {
    private static final long serialVersionUID = 1L;

    public SbomException(String message) {
        super(message);
    }

    public SbomException(String message, Throwable cause) {
        super(message, cause);
    }
}
