package dev.evidex.collector.s3;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The evidence store under an S3 prefix. Every object is written once: {@code If-None-Match: *},
 * Object Lock COMPLIANCE until now + retention, and a SHA-256 checksum S3 verifies before it
 * stores the object. This class has no overwrite and no delete, and neither has its IAM role.
 */
public final class S3ObjectStore implements ObjectStore {
    private static final int PRECONDITION_FAILED = 412;
    private static final int CONFLICT = 409;
    private static final int CONFLICT_ATTEMPTS = 5;

    private final S3Client client;
    private final S3Location location;
    private final Retention retention;
    private final Clock clock;
    private final S3ObjectReader reader;

    public S3ObjectStore(S3Client client, S3Location location, Retention retention, Clock clock) {
        this.client = requireNonNull(client, "client is null");
        this.location = requireNonNull(location, "location is null");
        this.retention = requireNonNull(retention, "retention is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.reader = new S3ObjectReader(client, location);
    }

    @Override
    public Optional<byte[]> read(String key, long maxBytes) throws IOException {
        return reader.read(key, maxBytes);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return reader.open(key);
    }

    @Override
    public boolean exists(String key) throws IOException {
        return reader.exists(key);
    }

    /**
     * Throttling, 5xx and timeouts are retried with backoff by the client's retry strategy. A 412
     * means another writer created the key first. A 409 (a concurrent conditional write still in
     * flight) is retried here until one of the writes is decided.
     */
    @Override
    public boolean createIfAbsent(String key, byte[] bytes) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                client.putObject(putRequest(key, bytes), RequestBody.fromBytes(bytes));
                return true;
            } catch (S3Exception e) {
                if (e.statusCode() == PRECONDITION_FAILED) {
                    return false;
                }
                if (e.statusCode() != CONFLICT || attempt >= CONFLICT_ATTEMPTS) {
                    throw new IOException("cannot write " + describe() + "/" + key + ": " + e.getMessage(), e);
                }
                pause(attempt);
            } catch (SdkException e) {
                throw new IOException("cannot write " + describe() + "/" + key + ": " + e.getMessage(), e);
            }
        }
    }

    PutObjectRequest putRequest(String key, byte[] bytes) {
        return PutObjectRequest.builder()
                .bucket(location.bucket())
                .key(location.key(key))
                .ifNoneMatch("*")
                .objectLockMode(ObjectLockMode.COMPLIANCE)
                .objectLockRetainUntilDate(retention.retainUntil(clock.instant()))
                .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                .checksumSHA256(Base64.getEncoder().encodeToString(Hashes.sha256(bytes)))
                .contentLength((long) bytes.length)
                .build();
    }

    private static void pause(int attempt) throws IOException {
        try {
            Thread.sleep(100L << Math.min(attempt, 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry a conflicting write", e);
        }
    }

    @Override
    public List<Entry> list(String prefix) throws IOException {
        return reader.list(prefix);
    }

    @Override
    public List<String> listFolders(String prefix) throws IOException {
        return reader.listFolders(prefix);
    }

    @Override
    public String describe() {
        return location.toString();
    }
}
