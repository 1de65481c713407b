package dev.evidex.app.export;

import dev.evidex.verification.store.ObjectStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Where an export takes its evidence from: a local store directory or a store under an S3 prefix.
 * It gives the objects to collect from, the seal keys to trust by default, and the retention
 * statement for the objects the packet's evidence came from.
 */
public interface EvidenceSource extends AutoCloseable {
    /** The store's objects, read only. */
    ObjectStore objects();

    /** Where the store is, for messages and the retention statement. */
    String describe();

    /**
     * The seal keys to check the store against: those given, else the source's default.
     *
     * @throws ExportException when nothing was given and the source has no default it may trust
     */
    Path trustedKeys(Optional<Path> given) throws ExportException;

    /**
     * {@code retention.json} for the store objects the packet's evidence came from, read now.
     *
     * @param storeKeys the store keys, as {@link dev.evidex.verification.packet.evidence.EvidenceBundle#storeKeys()}
     */
    byte[] retention(List<String> storeKeys, BooleanSupplier cancelled) throws ExportException;

    /** Releases the source's connection; a local directory has nothing to release. */
    @Override
    default void close() {
    }

    static EvidenceSource local(Path store) {
        return new LocalEvidence(store);
    }
}
