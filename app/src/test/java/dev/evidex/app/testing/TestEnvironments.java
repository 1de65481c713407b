package dev.evidex.app.testing;

import dev.evidex.app.AppEnvironment;
import dev.evidex.app.query.AthenaQueryServices;
import dev.evidex.app.signin.SsoClients;
import dev.evidex.app.store.S3Evidence;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** App surroundings inside a temporary folder: nothing touches the real home directory. */
public final class TestEnvironments {
    private TestEnvironments() {}

    public static final List<String> OPENED_URLS = new CopyOnWriteArrayList<>();

    public static AppEnvironment in(Path temp) {
        return in(temp, Optional.empty());
    }

    public static AppEnvironment in(Path temp, Optional<URI> ssoEndpoint) {
        return in(temp, ssoEndpoint, Optional.empty());
    }

    /** With local servers for IAM Identity Center and Athena. */
    public static AppEnvironment in(Path temp, Optional<URI> ssoEndpoint, Optional<URI> athenaEndpoint) {
        return in(temp, ssoEndpoint, athenaEndpoint, Optional.empty());
    }

    /** With local servers for IAM Identity Center, Athena and S3. */
    public static AppEnvironment in(Path temp, Optional<URI> ssoEndpoint, Optional<URI> athenaEndpoint,
            Optional<URI> s3Endpoint) {
        return new AppEnvironment(temp.resolve("config"), temp.resolve("data"), temp.resolve("aws/config"), temp.resolve("aws/sso/cache"),
                new SsoClients(ssoEndpoint), new TestStores(), (store, progress, cancellation) -> new FakeQueryService(store),
                new AthenaQueryServices(athenaEndpoint, Clock.systemUTC()), new S3Evidence(s3Endpoint), OPENED_URLS::add);
    }
}
