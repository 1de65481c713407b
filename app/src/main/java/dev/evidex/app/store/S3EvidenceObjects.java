package dev.evidex.app.store;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.s3.S3Location;
import dev.evidex.collector.s3.S3ObjectReader;
import dev.evidex.verification.packet.RetentionStatement;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The evidence store under an S3 bucket and prefix, read with the auditor's role: GetObject,
 * HeadObject and ListObjectsV2 only (through the collector's {@link S3ObjectReader}). The app never
 * writes evidence; the write method refuses.
 */
public final class S3EvidenceObjects implements ObjectStore, AutoCloseable {
    private final S3Client client;
    private final S3ObjectReader reader;

    /** @param prefix the store's prefix in the bucket, without a trailing slash; empty for the bucket root */
    public S3EvidenceObjects(S3Client client, String bucket, String prefix) {
        this.client = requireNonNull(client, "client is null");
        String trimmed = requireNonNull(prefix, "prefix is null").strip();
        this.reader = new S3ObjectReader(client, new S3Location(requireNonNull(bucket, "bucket is null"),
                trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed));
    }

    @Override
    public Optional<byte[]> read(String storeKey, long maxBytes) throws IOException {
        return reader.read(storeKey, maxBytes);
    }

    @Override
    public InputStream open(String storeKey) throws IOException {
        return reader.open(storeKey);
    }

    @Override
    public boolean exists(String storeKey) throws IOException {
        return reader.exists(storeKey);
    }

    /**
     * The object's Object Lock mode and retain-until date as S3 reports them now (HeadObject);
     * both empty when the object has no lock.
     */
    public RetentionStatement.ObjectRetention retention(String storeKey) throws IOException {
        try {
            HeadObjectResponse head = reader.head(storeKey);
            return new RetentionStatement.ObjectRetention(storeKey,
                    Optional.ofNullable(head.objectLockModeAsString()).filter(mode -> !mode.isBlank()),
                    Optional.ofNullable(head.objectLockRetainUntilDate()));
        } catch (NoSuchKeyException e) {
            throw new IOException(describe() + "/" + storeKey + " vanished while exporting", e);
        } catch (SdkException e) {
            throw new IOException("cannot read the Object Lock retention of " + describe() + "/" + storeKey + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean createIfAbsent(String storeKey, byte[] bytes) {
        throw new UnsupportedOperationException("the app only reads evidence; it never writes to " + describe());
    }

    @Override
    public List<Entry> list(String storePrefix) throws IOException {
        return reader.list(storePrefix);
    }

    @Override
    public List<String> listFolders(String storePrefix) throws IOException {
        return reader.listFolders(storePrefix);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String describe() {
        return reader.location().toString();
    }
}
