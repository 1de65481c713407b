package dev.evidex.querypack.athena;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;

/** Builds the AWS SDK Athena client with one explicit HTTP client. */
public final class AthenaClients {
    private AthenaClients() {}

    public static AthenaClient create(Region region, AwsCredentialsProvider credentials, Optional<URI> endpoint) {
        var builder = AthenaClient.builder()
                .region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(Apache5HttpClient.builder());
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
