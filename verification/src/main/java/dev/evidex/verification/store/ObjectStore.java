package dev.evidex.verification.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * A write-once object store: a local directory or an S3 prefix. There is deliberately no
 * overwrite and no delete.
 */
public interface ObjectStore {
    /** A listed object. */
    record Entry(String key, long size) {}

    /** Reads a whole object of at most {@code maxBytes}; empty when absent. */
    Optional<byte[]> read(String key, long maxBytes) throws IOException;

    /** Opens an object for streaming. */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /**
     * Writes an object only if no object has that key (locally create-new, on S3
     * {@code If-None-Match: *}).
     *
     * @return true if written, false if an object was already there (it is left untouched)
     */
    boolean createIfAbsent(String key, byte[] bytes) throws IOException;

    /** Every object whose key starts with {@code prefix}, in key order. */
    List<Entry> list(String prefix) throws IOException;

    /** The immediate sub-folders under {@code prefix} ({@code seals/} lists the logs). */
    List<String> listFolders(String prefix) throws IOException;

    /** Where this store is, for messages. */
    String describe();
}
