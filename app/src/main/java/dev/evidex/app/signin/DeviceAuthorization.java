package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * The OAuth 2.0 device authorization grant against IAM Identity Center (SSO-OIDC):
 * RegisterClient, StartDeviceAuthorization, then CreateToken polled at the server's interval,
 * slower after {@code slow_down}, until approved, denied, expired or cancelled.
 */
public final class DeviceAuthorization {
    static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    static final String REFRESH_GRANT = "refresh_token";
    static final String SCOPE = "sso:account:access";
    private static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final SsoOidcClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    public DeviceAuthorization(SsoOidcClient client, Clock clock, Sleeper sleeper) {
        this.client = requireNonNull(client, "client is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
    }

    /**
     * Signs in; {@code onCode} receives the code to show and the page to open as soon as they exist.
     *
     * @throws SignInException when denied, expired or the service fails
     * @throws InterruptedException when cancelled
     */
    public SsoToken signIn(SsoTarget target, Consumer<DeviceCode> onCode, BooleanSupplier cancelled)
            throws SignInException, InterruptedException {
        try {
            RegisterClientResponse registration = client.registerClient(request -> request
                    .clientName("evidex").clientType("public").scopes(SCOPE));
            StartDeviceAuthorizationResponse device = client.startDeviceAuthorization(request -> request
                    .clientId(registration.clientId()).clientSecret(registration.clientSecret())
                    .startUrl(target.startUrl()));
            Instant expiresAt = clock.instant().plusSeconds(orDefault(device.expiresIn(), 600));
            onCode.accept(new DeviceCode(device.userCode(), device.verificationUri(),
                    Optional.ofNullable(device.verificationUriComplete()).orElse(device.verificationUri()), expiresAt));
            CreateTokenResponse token = poll(registration, device, expiresAt, cancelled);
            return token(target, token, registration.clientId(), registration.clientSecret(),
                    Instant.ofEpochSecond(orDefault(registration.clientSecretExpiresAt(), 0L)), Optional.empty());
        } catch (SdkException e) {
            throw new SignInException("IAM Identity Center refused the sign-in: " + describe(e), e);
        }
    }

    /** Uses the refresh token of a cached sign-in, so the user is not asked again. */
    public SsoToken refresh(SsoTarget target, SsoToken cached) throws SignInException {
        if (!cached.refreshable(clock.instant())) {
            throw new SignInException("the cached sign-in cannot be refreshed; sign in again");
        }
        try {
            CreateTokenResponse response = client.createToken(request -> request
                    .clientId(cached.clientId().orElseThrow()).clientSecret(cached.clientSecret().orElseThrow())
                    .grantType(REFRESH_GRANT).refreshToken(cached.refreshToken().orElseThrow()));
            return token(target, response, cached.clientId().get(), cached.clientSecret().get(),
                    cached.registrationExpiresAt().orElseThrow(), cached.refreshToken());
        } catch (SdkException e) {
            throw new SignInException("the cached sign-in could not be refreshed: " + describe(e), e);
        }
    }

    private CreateTokenResponse poll(RegisterClientResponse registration, StartDeviceAuthorizationResponse device,
            Instant expiresAt, BooleanSupplier cancelled) throws SignInException, InterruptedException {
        Duration interval = device.interval() == null || device.interval() < 1 ? DEFAULT_INTERVAL
                : Duration.ofSeconds(device.interval());
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("sign-in cancelled");
            }
            if (!clock.instant().isBefore(expiresAt)) {
                throw new SignInException("the code expired before it was approved; sign in again");
            }
            try {
                return client.createToken(request -> request.clientId(registration.clientId())
                        .clientSecret(registration.clientSecret()).grantType(DEVICE_GRANT)
                        .deviceCode(device.deviceCode()));
            } catch (AuthorizationPendingException pending) {
                sleeper.sleep(interval);
            } catch (SlowDownException slowDown) {
                interval = interval.plus(SLOW_DOWN_STEP);
                sleeper.sleep(interval);
            } catch (ExpiredTokenException expired) {
                throw new SignInException("the code expired before it was approved; sign in again", expired);
            } catch (AccessDeniedException denied) {
                throw new SignInException("the sign-in was denied in the browser", denied);
            }
        }
    }

    private SsoToken token(SsoTarget target, CreateTokenResponse response, String clientId, String clientSecret,
            Instant registrationExpiresAt, Optional<String> previousRefreshToken) throws SignInException {
        if (response.accessToken() == null || response.accessToken().isEmpty()) {
            throw new SignInException("IAM Identity Center returned no access token");
        }
        return new SsoToken(target.startUrl(), target.region(), response.accessToken(),
                clock.instant().plusSeconds(orDefault(response.expiresIn(), 3600)), Optional.of(clientId),
                Optional.of(clientSecret), Optional.of(registrationExpiresAt),
                Optional.ofNullable(response.refreshToken()).or(() -> previousRefreshToken));
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** The service's message only: request ids and tokens stay out of what is shown or logged. */
    static String describe(SdkException e) {
        if (e instanceof software.amazon.awssdk.awscore.exception.AwsServiceException service
                && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode() + " (HTTP " + service.statusCode() + ")";
        }
        return e.getClass().getSimpleName();
    }
}
