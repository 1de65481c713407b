package dev.evidex.app.testing;

import dev.evidex.app.store.CollectorDemoGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Small demo stores written by the collector's real demo generator, over a fixed period so that
 * answers do not depend on the day the tests run. One store is shared by the tests that only read it.
 */
public final class DemoStores {
    /** The simulated period ends here; the query clock of these tests stands here too. */
    public static final Instant END = Instant.parse("2025-06-30T00:00:00Z");
    public static final Clock CLOCK = Clock.fixed(END, ZoneOffset.UTC);
    public static final long RECORDS = 3000;
    private static final int SERVICES = 6;

    private static Path shared;

    private DemoStores() {}

    public static CollectorDemoGenerator generator() {
        return new CollectorDemoGenerator(RECORDS, SERVICES, CLOCK);
    }

    /** A store generated once for the test JVM; its trusted keys are in {@link #trustedKeys(Path)}. */
    public static synchronized Path shared() {
        if (shared == null) {
            try {
                shared = create(Files.createTempDirectory("evidex-demo-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public static Path create(Path directory) {
        Path store = directory.resolve("demo-store");
        try {
            generator().generate(store, trustedKeys(store));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return store;
    }

    public static Path trustedKeys(Path store) {
        return store.resolveSibling(store.getFileName() + "-trusted-keys");
    }
}
