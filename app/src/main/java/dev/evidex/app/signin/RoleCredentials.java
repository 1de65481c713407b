package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Short-term credentials for one role in one account; {@link #toString()} hides the secrets. */
public record RoleCredentials(String accountId, String roleName, String accessKeyId, String secretAccessKey,
        String sessionToken, Instant expiration) {
    public RoleCredentials {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(roleName, "roleName is null");
        requireNonNull(accessKeyId, "accessKeyId is null");
        requireNonNull(secretAccessKey, "secretAccessKey is null");
        requireNonNull(sessionToken, "sessionToken is null");
        requireNonNull(expiration, "expiration is null");
    }

    @Override
    public String toString() {
        return "RoleCredentials[" + accountId + "/" + roleName + ", expires " + expiration + ", secrets hidden]";
    }
}
