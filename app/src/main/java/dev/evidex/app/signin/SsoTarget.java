package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where to sign in: an IAM Identity Center start URL and its region, optionally named by an
 * {@code sso-session} section (the AWS CLI then caches the token under the session name).
 */
public record SsoTarget(String startUrl, String region, Optional<String> sessionName) {
    public SsoTarget {
        requireNonNull(startUrl, "startUrl is null");
        requireNonNull(region, "region is null");
        requireNonNull(sessionName, "sessionName is null");
        if (startUrl.isBlank()) {
            throw new IllegalArgumentException("the start URL is empty");
        }
        if (!region.matches("[a-z]{2}(-[a-z]+)+-[0-9]+")) {
            throw new IllegalArgumentException("'" + region + "' is not an AWS region such as eu-west-1");
        }
    }

    /** What the AWS CLI v2 hashes for the token cache file name. */
    public String cacheKey() {
        return sessionName.orElse(startUrl);
    }
}
