package dev.evidex.verification.packet;

/**
 * A packet cannot be written or cannot be verified at all: an unsafe or unreadable ZIP, a missing
 * or malformed manifest, an unusable key. Failed checks of a readable packet are not exceptions:
 * they are listed in the report.
 */
public final class PacketVerificationException extends Exception {
    private static final long serialVersionUID = 1L;

    public PacketVerificationException(String message) {
        super(message);
    }

    public PacketVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
