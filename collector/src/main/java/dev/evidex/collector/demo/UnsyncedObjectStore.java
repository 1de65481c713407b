package dev.evidex.collector.demo;

import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * A local store layout written without fsync: generated demo data can be regenerated from its
 * seed, so it does not pay for durability. Still create-new (never overwrites); the layout and
 * bytes are exactly those of {@link LocalObjectStore}, which reads them.
 */
final class UnsyncedObjectStore implements ObjectStore {
    private final LocalObjectStore reader;
    private final Path root;
    private final Set<Path> directories = ConcurrentHashMap.newKeySet();

    UnsyncedObjectStore(Path root) {
        this.reader = new LocalObjectStore(root);
        this.root = reader.root();
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

    @Override
    public boolean createIfAbsent(String key, byte[] bytes) throws IOException {
        Path target = root.resolve(key);
        Path parent = target.getParent();
        if (!directories.contains(parent)) {
            Files.createDirectories(parent);
            directories.add(parent);
        }
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
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
        return reader.describe();
    }
}
