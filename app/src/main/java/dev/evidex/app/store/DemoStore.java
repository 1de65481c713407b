package dev.evidex.app.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The demo store in the user's data directory, generated on first use (trusted keys beside it, as
 * {@code evidex-collector demo} writes them). Generation happens in
 * a scratch folder that is renamed into place, so an interrupted first run never leaves a
 * half-written store that would later look tampered.
 */
public final class DemoStore {
    private final Path home;
    private final DemoStoreGenerator generator;

    public DemoStore(Path dataDirectory, DemoStoreGenerator generator) {
        this.home = requireNonNull(dataDirectory, "dataDirectory is null");
        this.generator = requireNonNull(generator, "generator is null");
    }

    public Path storeDirectory() {
        return home.resolve("demo-store");
    }

    public Path trustedKeysDirectory() {
        return home.resolve("demo-store-trusted-keys");
    }

    public boolean exists() {
        return Files.isDirectory(storeDirectory().resolve("seals")) && Files.isDirectory(trustedKeysDirectory());
    }

    /** Opens the demo store, generating it first if this is the first time. */
    public EvidenceStore openOrCreate(DemoStoreGenerator.DemoProgress progress) throws IOException, InterruptedException {
        if (!exists()) {
            generate(progress);
        }
        return new EvidenceStore("Demo store", StoreKind.DEMO, storeDirectory(), Optional.of(trustedKeysDirectory()));
    }

    private void generate(DemoStoreGenerator.DemoProgress progress) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path scratch = Files.createTempDirectory(home, "demo-store-generating-");
        try {
            Path store = Files.createDirectories(scratch.resolve("store"));
            Path keys = Files.createDirectories(scratch.resolve("trusted-keys"));
            generator.generate(store, keys, progress);
            deleteRecursively(storeDirectory());
            deleteRecursively(trustedKeysDirectory());
            Files.move(keys, trustedKeysDirectory(), StandardCopyOption.ATOMIC_MOVE);
            Files.move(store, storeDirectory(), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(scratch);
        }
    }

    /** Only ever used on folders this class created inside its own demo folder. */
    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        }
    }
}
