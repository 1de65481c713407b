package dev.evidex.app.store;

import java.io.IOException;
import java.nio.file.Path;

/** Used while this build has no demo generator: says so instead of inventing evidence. */
public final class UnavailableDemoGenerator implements DemoStoreGenerator {
    @Override
    public void generate(Path storeDirectory, Path trustedKeysDirectory) throws IOException {
        throw new IOException("this build has no demo store generator; open a local evidence store folder instead");
    }
}
