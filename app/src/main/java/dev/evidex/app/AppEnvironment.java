package dev.evidex.app;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.AppDirectories;
import dev.evidex.app.query.AthenaQueryServices;
import dev.evidex.app.query.QueryServices;
import dev.evidex.app.signin.AwsConfigFile;
import dev.evidex.app.signin.SsoClients;
import dev.evidex.app.store.DemoStoreGenerator;
import dev.evidex.app.store.S3Evidence;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

/** Everything the app takes from its surroundings; tests give their own. */
public record AppEnvironment(Path configDirectory, Path dataDirectory, Path awsConfigFile, Path ssoCacheDirectory, SsoClients ssoClients,
        DemoStoreGenerator demoGenerator, QueryServices queryServices, AthenaQueryServices athenaQueries,
        S3Evidence s3Evidence, Consumer<String> browser) {

    public AppEnvironment {
        requireNonNull(configDirectory, "configDirectory is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(awsConfigFile, "awsConfigFile is null");
        requireNonNull(ssoCacheDirectory, "ssoCacheDirectory is null");
        requireNonNull(ssoClients, "ssoClients is null");
        requireNonNull(demoGenerator, "demoGenerator is null");
        requireNonNull(queryServices, "queryServices is null");
        requireNonNull(athenaQueries, "athenaQueries is null");
        requireNonNull(s3Evidence, "s3Evidence is null");
        requireNonNull(browser, "browser is null");
    }

    /** The user's real surroundings. */
    public static AppEnvironment user(DemoStoreGenerator demoGenerator, QueryServices queryServices, Consumer<String> browser) {
        return new AppEnvironment(AppDirectories.configDirectory(), AppDirectories.dataDirectory(),
                AwsConfigFile.defaultLocation(),
                Path.of(System.getProperty("user.home"), ".aws", "sso", "cache"), SsoClients.fromSystemProperties(),
                demoGenerator, queryServices, AthenaQueryServices.fromSystemProperties(Clock.systemUTC()),
                S3Evidence.fromSystemProperties(), browser);
    }
}
