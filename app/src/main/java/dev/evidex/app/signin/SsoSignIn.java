package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/**
 * Sign-in as the AWS CLI does it: reuse a cached token while it is valid, refresh it when it can be
 * refreshed, otherwise run the device flow; every new token is written back to the shared cache.
 * Blocking: call from a background task.
 */
public final class SsoSignIn {
    /** A cached token closer than this to expiry is refreshed rather than used. */
    static final Duration MINIMUM_VALIDITY = Duration.ofMinutes(5);

    private final SsoClients clients;
    private final SsoTokenCache cache;
    private final Clock clock;
    private final Sleeper sleeper;

    public SsoSignIn(SsoClients clients, SsoTokenCache cache, Clock clock, Sleeper sleeper) {
        this.clients = requireNonNull(clients, "clients is null");
        this.cache = requireNonNull(cache, "cache is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
    }

    public SsoToken signIn(SsoTarget target, Consumer<DeviceCode> onCode, BooleanSupplier cancelled)
            throws SignInException, InterruptedException, IOException {
        Optional<SsoToken> cached = cache.load(target);
        if (cached.isPresent() && cached.get().validFor(MINIMUM_VALIDITY, clock.instant())) {
            return cached.get();
        }
        try (SsoOidcClient oidc = clients.oidc(target.region())) {
            DeviceAuthorization flow = new DeviceAuthorization(oidc, clock, sleeper);
            SsoToken token = null;
            if (cached.isPresent() && cached.get().refreshable(clock.instant())) {
                try {
                    token = flow.refresh(target, cached.get());
                } catch (SignInException e) {
                    token = null; // an unusable refresh token falls back to a fresh sign-in
                }
            }
            if (token == null) {
                token = flow.signIn(target, onCode, cancelled);
            }
            cache.save(target, token);
            return token;
        }
    }

    public List<SsoAccount> accounts(SsoTarget target, SsoToken token) throws SignInException {
        try (SsoClient portal = clients.portal(target.region())) {
            return new SsoPortal(portal).accounts(token);
        }
    }

    public List<String> roles(SsoTarget target, SsoToken token, String accountId) throws SignInException {
        try (SsoClient portal = clients.portal(target.region())) {
            return new SsoPortal(portal).roles(token, accountId);
        }
    }

    /** Credentials for a role that renew themselves before they expire, while the token lasts. */
    public RefreshingRoleCredentials credentials(SsoTarget target, SsoToken token, String accountId, String roleName)
            throws SignInException {
        RefreshingRoleCredentials credentials = new RefreshingRoleCredentials(() -> {
            try (SsoClient portal = clients.portal(target.region())) {
                return new SsoPortal(portal).credentials(token, accountId, roleName);
            }
        }, clock);
        credentials.current();
        return credentials;
    }

    /** Signs out: removes the shared cached token. */
    public boolean signOut(SsoTarget target) throws IOException {
        return cache.delete(target);
    }
}
