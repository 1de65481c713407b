package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Role credentials for the SDK clients (Athena, S3), fetched again shortly before they expire. */
public final class RefreshingRoleCredentials implements AwsCredentialsProvider {
    static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    /** Fetches fresh credentials from the portal. */
    @FunctionalInterface
    public interface Fetcher {
        RoleCredentials fetch() throws SignInException;
    }

    private final Fetcher fetcher;
    private final Clock clock;
    private RoleCredentials current;

    public RefreshingRoleCredentials(Fetcher fetcher, Clock clock) {
        this.fetcher = requireNonNull(fetcher, "fetcher is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The credentials, fetched first or again when within five minutes of expiry. */
    public synchronized RoleCredentials current() throws SignInException {
        if (current == null || !clock.instant().plus(REFRESH_BEFORE_EXPIRY).isBefore(current.expiration())) {
            current = fetcher.fetch();
        }
        return current;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            RoleCredentials credentials = current();
            return AwsSessionCredentials.builder().accessKeyId(credentials.accessKeyId())
                    .secretAccessKey(credentials.secretAccessKey()).sessionToken(credentials.sessionToken())
                    .expirationTime(credentials.expiration()).build();
        } catch (SignInException e) {
            throw SdkClientException.create(e.getMessage(), e);
        }
    }
}
