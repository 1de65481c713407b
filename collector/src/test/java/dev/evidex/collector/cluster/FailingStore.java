package dev.evidex.collector.cluster;

import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A store whose writes fail for chosen keys, like S3 during an outage; reads pass through. */
public final class FailingStore implements ObjectStore {
    private final ObjectStore delegate;
    private final Predicate<String> failWrite;

    public FailingStore(ObjectStore delegate, Predicate<String> failWrite) {
        this.delegate = delegate;
        this.failWrite = failWrite;
    }

    @Override
    public boolean createIfAbsent(String key, byte[] bytes) throws IOException {
        if (failWrite.test(key)) {
            throw new IOException("simulated outage writing " + key);
        }
        return delegate.createIfAbsent(key, bytes);
    }

    @Override
    public Optional<byte[]> read(String key, long maxBytes) throws IOException {
        return delegate.read(key, maxBytes);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return delegate.open(key);
    }

    @Override
    public boolean exists(String key) throws IOException {
        return delegate.exists(key);
    }

    @Override
    public List<Entry> list(String prefix) throws IOException {
        return delegate.list(prefix);
    }

    @Override
    public List<String> listFolders(String prefix) throws IOException {
        return delegate.listFolders(prefix);
    }

    @Override
    public String describe() {
        return "failing " + delegate.describe();
    }
}
