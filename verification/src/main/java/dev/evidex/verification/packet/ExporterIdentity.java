package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

/**
 * Who exported a packet: an SSO principal ({@code source = "sso"}, for example an IAM Identity
 * Center user ARN) or a local user ({@code source = "local"}), and the key that signed it.
 */
public record ExporterIdentity(String principal, String source, String keyId) {
    public ExporterIdentity {
        requireNonNull(principal, "principal is null");
        requireNonNull(source, "source is null");
        requireNonNull(keyId, "keyId is null");
    }

    /** The local user running the export, as the operating system names them. */
    public static String localUser() {
        return System.getProperty("user.name", "unknown");
    }
}
