package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A profile of {@code ~/.aws/config} that signs in through IAM Identity Center. */
public record SsoProfile(String name, SsoTarget target, Optional<String> accountId, Optional<String> roleName,
        Optional<String> region) {
    public SsoProfile {
        requireNonNull(name, "name is null");
        requireNonNull(target, "target is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(roleName, "roleName is null");
        requireNonNull(region, "region is null");
    }

    @Override
    public String toString() {
        return name + " — " + target.startUrl() + accountId.map(id -> " · " + id).orElse("")
                + roleName.map(role -> " · " + role).orElse("");
    }
}
