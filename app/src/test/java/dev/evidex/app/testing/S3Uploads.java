package dev.evidex.app.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/** Uploads a local store to an S3 endpoint with the real SDK client, as a collector's bucket would hold it. */
public final class S3Uploads {
    private S3Uploads() {}

    /**
     * Puts every store object (not the local index or temporary files) under {@code bucket/prefix/};
     * those {@code locked} accepts with Object Lock COMPLIANCE until {@code retainUntil}, the others without a lock.
     */
    public static void upload(URI endpoint, String bucket, String prefix, Path store, Predicate<String> locked,
            Instant retainUntil) throws IOException {
        try (S3Client client = S3Client.builder().region(Region.EU_WEST_1).endpointOverride(endpoint).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDUPLOAD", "secret")))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder()).build();
                Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = store.relativize(file).toString().replace('\\', '/');
                if (key.startsWith(".tmp/") || key.startsWith("index/")) {
                    continue;
                }
                client.putObject(request -> {
                    request.bucket(bucket).key(prefix + "/" + key);
                    if (locked.test(key)) {
                        request.objectLockMode(ObjectLockMode.COMPLIANCE).objectLockRetainUntilDate(retainUntil);
                    }
                }, RequestBody.fromFile(file));
            }
        }
    }
}
