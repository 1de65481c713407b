package dev.evidex.app.store;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a demo evidence store and the key that verifies its seals. */
@FunctionalInterface
public interface DemoStoreGenerator {
    /**
     * Generates the demo store into {@code storeDirectory} (empty) and writes the seal-signing
     * key archive entries the auditor should trust into {@code trustedKeysDirectory}.
     */
    void generate(Path storeDirectory, Path trustedKeysDirectory) throws IOException, InterruptedException;

    /** The same, telling {@code progress} how far it got; generators that cannot tell just generate. */
    default void generate(Path storeDirectory, Path trustedKeysDirectory, DemoProgress progress)
            throws IOException, InterruptedException {
        generate(storeDirectory, trustedKeysDirectory);
    }

    /** How far a generation got: records written of the records it will write. */
    @FunctionalInterface
    interface DemoProgress {
        DemoProgress NONE = (written, total) -> { };

        void update(long written, long total);
    }
}
