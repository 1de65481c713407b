package dev.evidex.collector.s3;

import dev.evidex.collector.aws.AwsSettings;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The S3 client the collector writes with: standard retries with backoff, bounded attempt time. */
public final class S3Clients {
    /** Attempts per request, first included, for throttling, 5xx and timeouts. */
    public static final int MAX_ATTEMPTS = 6;

    private S3Clients() {}

    public static S3Client create(AwsSettings settings, Optional<SdkHttpClient> httpClient,
            List<ExecutionInterceptor> interceptors) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build())
                .apiCallAttemptTimeout(Duration.ofSeconds(60));
        interceptors.forEach(override::addExecutionInterceptor);
        S3ClientBuilder builder = S3Client.builder()
                .overrideConfiguration(override.build())
                .credentialsProvider(settings.credentials())
                .forcePathStyle(settings.endpoint("S3").isPresent());
        settings.region().ifPresent(builder::region);
        settings.endpoint("S3").ifPresent(builder::endpointOverride);
        httpClient.ifPresent(builder::httpClient);
        return builder.build();
    }
}
