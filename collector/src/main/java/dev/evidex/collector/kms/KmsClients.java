package dev.evidex.collector.kms;

import dev.evidex.collector.aws.AwsSettings;
import java.net.URI;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;

/** The KMS client for a key reference; the reference's endpoint wins over the environment's. */
public final class KmsClients {
    private KmsClients() {}

    public static KmsClient create(AwsKmsReference reference, AwsSettings settings) {
        KmsClientBuilder builder = KmsClient.builder()
                .credentialsProvider(settings.credentials())
                .overrideConfiguration(override -> override.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(5).build()));
        settings.region().ifPresent(builder::region);
        // Cosign's awskms://HOST/... form means an HTTPS endpoint on that host.
        reference.endpoint().map(host -> URI.create("https://" + host))
                .or(() -> settings.endpoint("KMS"))
                .ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
