package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

/** An AWS account the signed-in user may use. */
public record SsoAccount(String accountId, String accountName, String emailAddress) {
    public SsoAccount {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(accountName, "accountName is null");
        requireNonNull(emailAddress, "emailAddress is null");
    }

    @Override
    public String toString() {
        return accountName + " (" + accountId + ")";
    }
}
