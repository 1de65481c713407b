package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An IAM Identity Center access token with the client registration that obtained it, as the AWS
 * CLI v2 caches it. {@link #toString()} never shows secrets.
 */
public record SsoToken(String startUrl, String region, String accessToken, Instant expiresAt,
        Optional<String> clientId, Optional<String> clientSecret, Optional<Instant> registrationExpiresAt,
        Optional<String> refreshToken) {

    public SsoToken {
        requireNonNull(startUrl, "startUrl is null");
        requireNonNull(region, "region is null");
        requireNonNull(accessToken, "accessToken is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(clientId, "clientId is null");
        requireNonNull(clientSecret, "clientSecret is null");
        requireNonNull(registrationExpiresAt, "registrationExpiresAt is null");
        requireNonNull(refreshToken, "refreshToken is null");
    }

    /** Usable for at least {@code margin} more. */
    public boolean validFor(Duration margin, Instant now) {
        return now.plus(margin).isBefore(expiresAt);
    }

    /** A refresh is possible while the client registration is still valid. */
    public boolean refreshable(Instant now) {
        return refreshToken.isPresent() && clientId.isPresent() && clientSecret.isPresent()
                && registrationExpiresAt.map(now::isBefore).orElse(false);
    }

    @Override
    public String toString() {
        return "SsoToken[startUrl=" + startUrl + ", region=" + region + ", expiresAt=" + expiresAt + ", secrets hidden]";
    }
}
