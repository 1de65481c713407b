package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.settings.StoreSettings;
import dev.evidex.querypack.athena.AthenaClients;
import dev.evidex.querypack.athena.AthenaEngine;
import dev.evidex.querypack.athena.AthenaSettings;
import dev.evidex.querypack.pack.QueryPack;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Opens the query pack on Athena with the signed-in role's credentials: the same engine as
 * {@code evidex query run --athena}, configured from the per-account settings. The endpoint
 * override exists for tests and private endpoints.
 */
public final class AthenaQueryServices {
    /** System property with an Athena endpoint override (tests, VPC endpoints). */
    public static final String ENDPOINT_PROPERTY = "evidex.athena.endpoint";

    private final Optional<URI> endpoint;
    private final Clock clock;

    public AthenaQueryServices(Optional<URI> endpoint, Clock clock) {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public static AthenaQueryServices fromSystemProperties(Clock clock) {
        return new AthenaQueryServices(Optional.ofNullable(System.getProperty(ENDPOINT_PROPERTY))
                .filter(value -> !value.isBlank()).map(URI::create), clock);
    }

    /**
     * The pack on Athena, or a service that says what is missing: without a database there is
     * nothing to query. The region falls back to the sign-in region.
     */
    public QueryService open(StoreSettings settings, String signInRegion, AwsCredentialsProvider credentials) {
        if (settings.athenaDatabase().isBlank()) {
            return QueryService.unavailable(Messages.get("athena.notConfigured"));
        }
        return new PackQueryService(pack(settings, signInRegion, credentials));
    }

    /** The pack on a new Athena engine (the caller closes it); the settings must name a database. */
    public PackQueries pack(StoreSettings settings, String signInRegion, AwsCredentialsProvider credentials) {
        if (settings.athenaDatabase().isBlank()) {
            throw new IllegalArgumentException(Messages.get("athena.notConfigured"));
        }
        AthenaSettings athena = AthenaSettings.of(optional(settings.athenaWorkgroup()), settings.athenaDatabase(),
                optional(settings.athenaOutputLocation()));
        Region region = Region.of(settings.regionOr(signInRegion));
        AthenaEngine engine = new AthenaEngine(AthenaClients.create(region, credentials, endpoint), athena);
        return new PackQueries(QueryPack.builtIn(), engine, clock);
    }

    private static Optional<String> optional(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
