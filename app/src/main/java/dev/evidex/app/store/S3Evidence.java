package dev.evidex.app.store;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Opens the raw evidence in S3 with the signed-in role's credentials. The endpoint override exists
 * for tests and private endpoints; with one, requests use path-style addressing.
 */
public final class S3Evidence {
    /** System property with an S3 endpoint override (tests, VPC endpoints). */
    public static final String ENDPOINT_PROPERTY = "evidex.s3.endpoint";

    private final Optional<URI> endpoint;

    public S3Evidence(Optional<URI> endpoint) {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
    }

    public static S3Evidence fromSystemProperties() {
        return new S3Evidence(Optional.ofNullable(System.getProperty(ENDPOINT_PROPERTY)).filter(value -> !value.isBlank())
                .map(URI::create));
    }

    public S3EvidenceObjects open(String region, AwsCredentialsProvider credentials, String bucket, String prefix) {
        var builder = S3Client.builder().region(Region.of(region)).credentialsProvider(credentials)
                .httpClientBuilder(Apache5HttpClient.builder());
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
        return new S3EvidenceObjects(builder.build(), bucket, prefix);
    }
}
