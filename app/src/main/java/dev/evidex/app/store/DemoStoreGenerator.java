package dev.evidex.app.store;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a demo evidence store and the key that verifies its seals. */
@FunctionalInterface
public interface DemoStoreGenerator {
    /**
     * Generates the demo store into {@code storeDirectory} (empty) and writes the seal-signing
     * key archive entry the auditor should trust into {@code trustedKeysDirectory}.
     */
    void generate(Path storeDirectory, Path trustedKeysDirectory) throws IOException;
}
