package dev.evidex.app.signin;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/**
 * Builds the SDK clients for one region. Both services take no AWS signature (the bearer token
 * or client secret is the credential), so the clients are anonymous. The endpoint override exists
 * for tests and private endpoints.
 */
public final class SsoClients {
    /** System property with an endpoint override for both services (tests). */
    public static final String ENDPOINT_PROPERTY = "evidex.sso.endpoint";

    private final Optional<URI> endpoint;

    public SsoClients(Optional<URI> endpoint) {
        this.endpoint = endpoint;
    }

    public static SsoClients fromSystemProperties() {
        return new SsoClients(Optional.ofNullable(System.getProperty(ENDPOINT_PROPERTY)).map(URI::create));
    }

    public SsoOidcClient oidc(String region) {
        var builder = SsoOidcClient.builder().region(Region.of(region))
                .credentialsProvider(AnonymousCredentialsProvider.create());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public SsoClient portal(String region) {
        var builder = SsoClient.builder().region(Region.of(region))
                .credentialsProvider(AnonymousCredentialsProvider.create());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
