package dev.evidex.app.store;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.demo.DemoGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * The demo store written by the collector's own demo generator: months of CI runs and admission
 * decisions through the real ingest and sealing code, ending now, so the queries' default periods
 * (the last 30 or 90 days) find evidence.
 */
public final class CollectorDemoGenerator implements DemoStoreGenerator {
    /** The size {@code evidex-collector demo} writes by default. */
    public static final long DEFAULT_RECORDS = 50_000;
    private static final long SEED = 2025;
    private static final int DAYS = 180;
    private static final int SERVICES = 36;

    private final long records;
    private final int services;
    private final Clock clock;

    public CollectorDemoGenerator(long records, int services, Clock clock) {
        this.records = records;
        this.services = services;
        this.clock = requireNonNull(clock, "clock is null");
    }

    public static CollectorDemoGenerator standard() {
        return new CollectorDemoGenerator(DEFAULT_RECORDS, SERVICES, Clock.systemUTC());
    }

    @Override
    public void generate(Path storeDirectory, Path trustedKeysDirectory) throws IOException, InterruptedException {
        generate(storeDirectory, trustedKeysDirectory, DemoProgress.NONE);
    }

    @Override
    public void generate(Path storeDirectory, Path trustedKeysDirectory, DemoProgress progress)
            throws IOException, InterruptedException {
        DemoGenerator.generate(new DemoGenerator.Options(storeDirectory, SEED, DAYS, services, records, trustedKeysDirectory,
                clock.instant().truncatedTo(ChronoUnit.SECONDS)), written -> {
                    progress.update(written, records);
                    if (Thread.currentThread().isInterrupted()) {
                        // A cancelled generation stops at the next batch; the scratch folder is then deleted.
                        throw new IllegalStateException("demo generation cancelled");
                    }
                });
    }
}
