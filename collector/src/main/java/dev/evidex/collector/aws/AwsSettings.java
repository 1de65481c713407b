package dev.evidex.collector.aws;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * AWS region, credentials and endpoints, read from the same environment variables the AWS CLI
 * uses ({@code AWS_REGION}, {@code AWS_ENDPOINT_URL_S3}, ...). In GitHub Actions the credentials
 * come from OIDC federation ({@code aws-actions/configure-aws-credentials}), never from secrets.
 */
public record AwsSettings(Map<String, String> environment) {
    public AwsSettings {
        environment = Map.copyOf(requireNonNull(environment, "environment is null"));
    }

    public Optional<Region> region() {
        return value("AWS_REGION").or(() -> value("AWS_DEFAULT_REGION")).map(Region::of);
    }

    /** {@code AWS_ENDPOINT_URL_<SERVICE>} or {@code AWS_ENDPOINT_URL}: S3-compatible stores, tests. */
    public Optional<URI> endpoint(String service) {
        return value("AWS_ENDPOINT_URL_" + service.toUpperCase(Locale.ROOT)).or(() -> value("AWS_ENDPOINT_URL"))
                .map(URI::create);
    }

    /** Explicit keys when the environment has them, else the SDK's default chain (web identity, profiles). */
    public AwsCredentialsProvider credentials() {
        Optional<String> keyId = value("AWS_ACCESS_KEY_ID");
        Optional<String> secret = value("AWS_SECRET_ACCESS_KEY");
        if (keyId.isPresent() && secret.isPresent()) {
            Optional<String> token = value("AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(token.isPresent()
                    ? AwsSessionCredentials.create(keyId.get(), secret.get(), token.get())
                    : AwsBasicCredentials.create(keyId.get(), secret.get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(environment.get(name)).filter(text -> !text.isBlank());
    }
}
