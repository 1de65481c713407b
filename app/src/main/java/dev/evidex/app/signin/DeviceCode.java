package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** What the user needs to approve the sign-in in a browser. */
public record DeviceCode(String userCode, String verificationUri, String verificationUriComplete, Instant expiresAt) {
    public DeviceCode {
        requireNonNull(userCode, "userCode is null");
        requireNonNull(verificationUri, "verificationUri is null");
        requireNonNull(verificationUriComplete, "verificationUriComplete is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }
}
