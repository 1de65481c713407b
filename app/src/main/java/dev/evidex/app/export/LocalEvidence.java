package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.RetentionStatement;
import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** A local store directory: its own {@code keys/} are the default trust, and it has no Object Lock. */
final class LocalEvidence implements EvidenceSource {
    private final Path store;

    LocalEvidence(Path store) {
        this.store = requireNonNull(store, "store is null").toAbsolutePath();
    }

    @Override
    public ObjectStore objects() {
        return new LocalObjectStore(store);
    }

    @Override
    public String describe() {
        return store.toString();
    }

    @Override
    public Path trustedKeys(Optional<Path> given) {
        return given.orElse(store.resolve(StoreKeys.KEYS));
    }

    @Override
    public byte[] retention(List<String> storeKeys, BooleanSupplier cancelled) {
        return RetentionStatement.local(store.toString());
    }
}
