package dev.evidex.verification.store;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.Signer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The embedded evidence store in a local directory: the library API writers use. */
public final class LocalStore {
    /** Staged batch objects of interrupted appends, completed by the next writer. */
    public static final String STAGING = ".staging";

    private final LocalObjectStore objects;

    private LocalStore(LocalObjectStore objects) {
        this.objects = objects;
    }

    /** Opens (creating if needed) a store directory. */
    public static LocalStore open(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new LocalStore(new LocalObjectStore(directory));
    }

    public Path root() {
        return objects.root();
    }

    public ObjectStore objects() {
        return objects;
    }

    /** An appender for one log; one per thread. */
    public LogAppender appender(String log, Signer signer, Clock clock) {
        return new LogAppender(objects, log, signer, clock, objects.root().resolve(STAGING));
    }

    /** Stores an artifact under its SHA-256 and returns {@code sha256:<hex>}; storing twice is a no-op. */
    public String putArtifact(byte[] bytes) throws IOException {
        return Artifacts.put(objects, bytes);
    }

    /** Publishes a key archive entry (idempotent for the same entry). */
    public void putKey(KeyArchiveEntry entry) throws IOException, StoreException {
        Artifacts.putKey(objects, entry);
    }
}
