package dev.evidex.app.store;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An opened evidence store. The app only reads it: objects are reached through the store's
 * {@link ObjectStore}, whose write methods the app never calls.
 */
public record EvidenceStore(String name, StoreKind kind, Path root, Optional<Path> trustedKeysDirectory) {

    public EvidenceStore {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
        requireNonNull(trustedKeysDirectory, "trustedKeysDirectory is null");
    }

    /** Opens an existing local store folder; it must look like a store (a {@code seals/} folder). */
    public static EvidenceStore openLocal(Path root, StoreKind kind, Optional<Path> trustedKeys) throws IOException {
        if (!Files.isDirectory(root.resolve("seals"))) {
            throw new IOException(root + " is not an evidence store (it has no seals/ folder)");
        }
        return new EvidenceStore(root.getFileName() == null ? root.toString() : root.getFileName().toString(), kind,
                root, trustedKeys);
    }

    public ObjectStore objects() {
        return new LocalObjectStore(root);
    }

    /**
     * The keys the person verifying trusts. None configured means none trusted: every seal then
     * fails its signature check, which is the honest answer.
     */
    public TrustedKeys trustedKeys() throws IOException, KeyFormatException {
        if (trustedKeysDirectory.isEmpty()) {
            return TrustedKeys.of(List.of());
        }
        return TrustedKeys.load(trustedKeysDirectory.get());
    }

    public EvidenceStore withTrustedKeys(Optional<Path> directory) {
        return new EvidenceStore(name, kind, root, directory);
    }
}
