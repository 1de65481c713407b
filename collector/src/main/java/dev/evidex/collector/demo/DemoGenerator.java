package dev.evidex.collector.demo;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.store.Artifacts;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Generates a realistic, deterministic demo store: the same seed and sizes give the same records.
 * Service logs are generated in parallel (each log by one thread, from its own random stream),
 * then each cluster's admission ledger from the deployments the services made.
 */
public final class DemoGenerator {
    /** The end of the period when none is given: a fixed day, so a seed means the same dates on every machine. */
    public static final Instant FIXED_END = Instant.parse("2025-06-30T00:00:00Z");
    private static final double SERVICE_SHARE = 0.9;

    /** What to generate; the simulated period is the {@code days} before {@code end}. */
    public record Options(Path out, long seed, int days, int services, long records, Path trustDirectory, Instant end) {
        public Options {
            requireNonNull(out, "out is null");
            requireNonNull(trustDirectory, "trustDirectory is null");
            requireNonNull(end, "end is null");
            if (days < 1 || services < 1 || records < services * 10L) {
                throw new IllegalArgumentException("need at least 1 day, 1 service and 10 records per service");
            }
        }

        public Options(Path out, long seed, int days, int services, long records, Path trustDirectory) {
            this(out, seed, days, services, records, trustDirectory, FIXED_END);
        }
    }

    /** Told the number of records sealed so far, from the generating threads, after every batch. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = written -> { };

        void sealed(long written);
    }

    public record Result(Path store, Path trustDirectory, long records, List<KeyArchiveEntry> keys, Instant start,
            Instant end, Duration elapsed) {
        public Result {
            keys = List.copyOf(keys);
        }
    }

    private DemoGenerator() {}

    public static Result generate(Options options) throws IOException, InterruptedException {
        return generate(options, Progress.NONE);
    }

    public static Result generate(Options options, Progress progress) throws IOException, InterruptedException {
        requireNonNull(progress, "progress is null");
        long started = System.nanoTime();
        refuseNonEmpty(options.out());
        Instant end = options.end();
        Instant start = end.minus(Duration.ofDays(options.days()));
        DemoKeys keys;
        try {
            keys = new DemoKeys(options.seed(), start, start.plus(Duration.ofDays(options.days()).multipliedBy(55).dividedBy(100)));
        } catch (java.security.GeneralSecurityException | dev.evidex.verification.keys.KeyFormatException e) {
            throw new IllegalStateException("cannot create demo keys", e);
        }
        Files.createDirectories(options.out());
        ObjectStore store = new UnsyncedObjectStore(options.out());
        publishKeys(store, keys, options.trustDirectory());
        Path staging = stagingDirectory(options.out());
        AtomicLong total = new AtomicLong();
        Progress sealed = records -> progress.sealed(total.addAndGet(records));
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<DemoService> services = DemoWorld.services(DemoCatalog.load(), options.services(), options.seed());
            List<ServiceHistory> histories = services(services, store, staging, keys, options, start, executor, sealed);
            long written = histories.stream().mapToLong(ServiceHistory::written).sum();
            written += clusters(histories, store, staging, keys, options, start, options.records() - written, executor,
                    sealed);
            return new Result(options.out(), options.trustDirectory(), written, keys.archiveEntries(), start, end,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            executor.shutdownNow();
            deleteStaging(staging);
        }
    }

    private static List<ServiceHistory> services(List<DemoService> services, ObjectStore store, Path staging,
            DemoKeys keys, Options options, Instant start, ExecutorService executor, Progress sealed)
            throws IOException, InterruptedException {
        long perService = (long) (options.records() * SERVICE_SHARE) / services.size();
        List<ServiceHistory> histories = new ArrayList<>();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (DemoService service : services) {
            ServiceHistory history = new ServiceHistory(service, DemoCatalog.load(), store, staging, keys, options.seed(), sealed);
            histories.add(history);
            tasks.add(() -> {
                history.generate(perService, start, options.end());
                return null;
            });
        }
        runAll(executor, tasks);
        return histories;
    }

    private static long clusters(List<ServiceHistory> histories, ObjectStore store, Path staging, DemoKeys keys,
            Options options, Instant start, long remaining, ExecutorService executor, Progress sealed)
            throws IOException, InterruptedException {
        List<String> clusters = new ArrayList<>(DemoWorld.CLUSTERS_PRODUCTION);
        clusters.add(DemoWorld.CLUSTER_STAGING);
        List<ClusterHistory> ledgers = new ArrayList<>();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            String cluster = clusters.get(i);
            long quota = Math.max(0, remaining / clusters.size() + (i == 0 ? remaining % clusters.size() : 0));
            List<DeployEvent> deploys = histories.stream().flatMap(history -> history.deploys().stream())
                    .filter(deploy -> deploy.cluster().equals(cluster)).toList();
            ClusterHistory ledger = new ClusterHistory(cluster, store, staging, keys, options.seed(), sealed);
            ledgers.add(ledger);
            tasks.add(() -> {
                ledger.generate(deploys, Math.max(0, quota - deploys.size()), quota, start, options.end());
                return null;
            });
        }
        runAll(executor, tasks);
        return ledgers.stream().mapToLong(ClusterHistory::written).sum();
    }

    private static void runAll(ExecutorService executor, List<Callable<Void>> tasks) throws IOException, InterruptedException {
        List<Future<Void>> futures = executor.invokeAll(tasks);
        for (Future<Void> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("demo generation failed: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    private static void publishKeys(ObjectStore store, DemoKeys keys, Path trustDirectory) throws IOException {
        Files.createDirectories(trustDirectory);
        for (KeyArchiveEntry entry : keys.archiveEntries()) {
            try {
                Artifacts.putKey(store, entry);
            } catch (dev.evidex.verification.store.StoreException e) {
                throw new IOException(e.getMessage(), e);
            }
            trust(trustDirectory, entry);
        }
        trust(trustDirectory, keys.imageSigningEntry());
    }

    private static void trust(Path trustDirectory, KeyArchiveEntry entry) throws IOException {
        Path file = trustDirectory.resolve(entry.fileName());
        if (!Files.exists(file)) {
            Files.write(file, entry.toCanonicalJson());
        }
    }

    private static void refuseNonEmpty(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> children = Files.list(out)) {
                if (children.findAny().isPresent()) {
                    throw new IOException(out + " is not empty; the demo writes a new store into an empty directory");
                }
            }
        } else if (Files.exists(out)) {
            throw new IOException(out + " exists and is not a directory");
        }
    }

    /** Staged batch objects are deleted right after each batch; on tmpfs their fsync costs nothing. */
    private static Path stagingDirectory(Path out) throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return Files.createTempDirectory(shm, "evidex-demo-staging-");
        }
        return Files.createTempDirectory("evidex-demo-staging-");
    }

    private static void deleteStaging(Path staging) throws IOException {
        if (Files.isDirectory(staging)) {
            try (Stream<Path> children = Files.list(staging)) {
                for (Path child : children.toList()) {
                    Files.deleteIfExists(child);
                }
            }
            Files.deleteIfExists(staging);
        }
    }
}
