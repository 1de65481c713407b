package dev.evidex.collector.s3;

import static java.util.Objects.requireNonNull;

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
 * The reading half of an evidence store under an S3 prefix: GetObject, HeadObject and ListObjectsV2
 * only. The collector's store writes through it as well; the app reads evidence with nothing else.
 */
public final class S3ObjectReader {
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final S3Client client;
    private final S3Location location;

    public S3ObjectReader(S3Client client, S3Location location) {
        this.client = requireNonNull(client, "client is null");
        this.location = requireNonNull(location, "location is null");
    }

    public S3Location location() {
        return location;
    }

    /** See {@link ObjectStore#read}. */
    public Optional<byte[]> read(String key, long maxBytes) throws IOException {
        try (InputStream in = client.getObject(request -> request.bucket(location.bucket()).key(location.key(key)))) {
            byte[] bytes = in.readNBytes(maxBytes >= MAX_ARRAY ? MAX_ARRAY : (int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(location + "/" + key + " is larger than the " + maxBytes + " bytes allowed");
            }
            return Optional.of(bytes);
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new IOException("cannot read " + location + "/" + key + ": " + e.getMessage(), e);
        }
    }

    /** See {@link ObjectStore#open}. */
    public InputStream open(String key) throws IOException {
        try {
            return client.getObject(request -> request.bucket(location.bucket()).key(location.key(key)));
        } catch (SdkException e) {
            throw new IOException("cannot read " + location + "/" + key + ": " + e.getMessage(), e);
        }
    }

    /** See {@link ObjectStore#exists}. */
    public boolean exists(String key) throws IOException {
        try {
            head(key);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw new IOException("cannot check " + location + "/" + key + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("cannot check " + location + "/" + key + ": " + e.getMessage(), e);
        }
    }

    /** The object's metadata (HeadObject), with the SDK's exceptions for the caller to word. */
    public HeadObjectResponse head(String key) {
        return client.headObject(request -> request.bucket(location.bucket()).key(location.key(key)));
    }

    /** See {@link ObjectStore#list}. */
    public List<ObjectStore.Entry> list(String prefix) throws IOException {
        List<ObjectStore.Entry> entries = new ArrayList<>();
        try {
            for (S3Object object : client.listObjectsV2Paginator(ListObjectsV2Request.builder()
                    .bucket(location.bucket()).prefix(location.key(prefix)).build()).contents()) {
                entries.add(new ObjectStore.Entry(location.storeKey(object.key()), object.size()));
            }
        } catch (SdkException e) {
            throw new IOException("cannot list " + location + "/" + prefix + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /** See {@link ObjectStore#listFolders}. */
    public List<String> listFolders(String prefix) throws IOException {
        String fullPrefix = location.key(prefix.endsWith("/") ? prefix : prefix + "/");
        List<String> folders = new ArrayList<>();
        try {
            for (CommonPrefix common : client.listObjectsV2Paginator(ListObjectsV2Request.builder()
                    .bucket(location.bucket()).prefix(fullPrefix).delimiter("/").build()).commonPrefixes()) {
                String name = common.prefix().substring(fullPrefix.length());
                folders.add(name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
            }
        } catch (SdkException e) {
            throw new IOException("cannot list " + location + "/" + prefix + ": " + e.getMessage(), e);
        }
        return folders;
    }
}
