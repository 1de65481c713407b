package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

/** A signed-in AWS role: what Athena and S3 clients use. */
public record AwsSession(SsoTarget target, SsoAccount account, String roleName, RefreshingRoleCredentials credentials) {
    public AwsSession {
        requireNonNull(target, "target is null");
        requireNonNull(account, "account is null");
        requireNonNull(roleName, "roleName is null");
        requireNonNull(credentials, "credentials is null");
    }

    /** The key of this account's evidence settings (Athena, S3, trusted keys): one per account. */
    public String settingsId() {
        return "aws:" + account.accountId();
    }

    public String describe() {
        return roleName + " @ " + account;
    }
}
