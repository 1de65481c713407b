package dev.evidex.app.store;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.RetentionStatement;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The evidence store under an S3 bucket and prefix, read with the auditor's role: GetObject,
 * HeadObject and ListObjectsV2 only. The app never writes evidence; the write method refuses.
 */
public final class S3EvidenceObjects implements ObjectStore, AutoCloseable {
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final S3Client client;
    private final String bucket;
    private final String prefix;

    /** @param prefix the store's prefix in the bucket, without a trailing slash; empty for the bucket root */
    public S3EvidenceObjects(S3Client client, String bucket, String prefix) {
        this.client = requireNonNull(client, "client is null");
        this.bucket = requireNonNull(bucket, "bucket is null");
        String trimmed = requireNonNull(prefix, "prefix is null").strip();
        this.prefix = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private String key(String storeKey) {
        return prefix.isEmpty() ? storeKey : prefix + "/" + storeKey;
    }

    private String storeKey(String s3Key) {
        return prefix.isEmpty() ? s3Key : s3Key.substring(prefix.length() + 1);
    }

    @Override
    public Optional<byte[]> read(String storeKey, long maxBytes) throws IOException {
        try (InputStream in = client.getObject(request -> request.bucket(bucket).key(key(storeKey)))) {
            byte[] bytes = in.readNBytes(maxBytes >= MAX_ARRAY ? MAX_ARRAY : (int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(describe() + "/" + storeKey + " is larger than the " + maxBytes + " bytes allowed");
            }
            return Optional.of(bytes);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("cannot read " + describe() + "/" + storeKey + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String storeKey) throws IOException {
        try {
            return client.getObject(request -> request.bucket(bucket).key(key(storeKey)));
        } catch (SdkException e) {
            throw new IOException("cannot read " + describe() + "/" + storeKey + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String storeKey) throws IOException {
        try {
            client.headObject(request -> request.bucket(bucket).key(key(storeKey)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("cannot check " + describe() + "/" + storeKey + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("cannot check " + describe() + "/" + storeKey + ": " + e.getMessage(), e);
        }
    }

    /**
     * The object's Object Lock mode and retain-until date as S3 reports them now (HeadObject);
     * both empty when the object has no lock.
     */
    public RetentionStatement.ObjectRetention retention(String storeKey) throws IOException {
        try {
            HeadObjectResponse head = client.headObject(request -> request.bucket(bucket).key(key(storeKey)));
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
        List<Entry> entries = new ArrayList<>();
        try {
            for (S3Object object : client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket)
                    .prefix(key(storePrefix)).build()).contents()) {
                entries.add(new Entry(storeKey(object.key()), object.size()));
            }
        } catch (SdkException e) {
            throw new IOException("cannot list " + describe() + "/" + storePrefix + ": " + e.getMessage(), e);
        }
        return entries;
    }

    @Override
    public List<String> listFolders(String storePrefix) throws IOException {
        String full = key(storePrefix.endsWith("/") ? storePrefix : storePrefix + "/");
        List<String> folders = new ArrayList<>();
        try {
            for (CommonPrefix common : client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket)
                    .prefix(full).delimiter("/").build()).commonPrefixes()) {
                String name = common.prefix().substring(full.length());
                folders.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
            }
        } catch (SdkException e) {
            throw new IOException("cannot list " + describe() + "/" + storePrefix + ": " + e.getMessage(), e);
        }
        return folders;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String describe() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
    }
}
