package dev.evidex.verification.store.verify;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.seal.SealVerifier;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Verifies a whole store (evidence format section 7): logs in parallel, each streamed batch by
 * batch so memory stays flat, then artifacts and objects no seal covers.
 */
public final class StoreVerifier {

    /** Immutable options; the defaults fail closed (no trusted keys means no seal verifies). */
    public record Options(TrustedKeys trustedKeys, List<Seal> checkpoints, int parallelism, boolean deep,
            ProgressListener progress, BooleanSupplier cancelled) {
        public Options {
            requireNonNull(trustedKeys, "trustedKeys is null");
            checkpoints = List.copyOf(checkpoints);
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
            requireNonNull(progress, "progress is null");
            requireNonNull(cancelled, "cancelled is null");
        }

        public static Options of(TrustedKeys trustedKeys) {
            return new Options(trustedKeys, List.of(), Runtime.getRuntime().availableProcessors(), false,
                    ProgressListener.NONE, () -> false);
        }

        public Options withCheckpoints(List<Seal> seals) {
            return new Options(trustedKeys, seals, parallelism, deep, progress, cancelled);
        }

        public Options withProgress(ProgressListener listener, BooleanSupplier cancelledSignal) {
            return new Options(trustedKeys, checkpoints, parallelism, deep, listener, cancelledSignal);
        }

        /** Also checks the canonical form of every record, not only of records in batches that fail. */
        public Options withDeepRecordChecks(boolean enabled) {
            return new Options(trustedKeys, checkpoints, parallelism, enabled, progress, cancelled);
        }
    }

    private static final int ARTIFACTS_PER_TASK = 512;

    private final Options options;

    public StoreVerifier(Options options) {
        this.options = requireNonNull(options, "options is null");
    }

    /**
     * Verifies the store.
     *
     * @throws CancellationException when cancelled through the options
     * @throws IOException when the store cannot be listed at all
     */
    public VerificationReport verify(ObjectStore store) throws IOException {
        long started = System.nanoTime();
        List<ObjectStore.Entry> batchObjects = store.list(StoreKeys.RECORDS);
        List<ObjectStore.Entry> artifacts = store.list(StoreKeys.ARTIFACTS);
        long total = batchObjects.stream().mapToLong(ObjectStore.Entry::size).sum()
                + artifacts.stream().mapToLong(ObjectStore.Entry::size).sum();
        VerificationContext context = new VerificationContext(total, options.progress(), options.cancelled());
        SealVerifier sealVerifier = new SealVerifier(options.trustedKeys());
        List<String> logs = store.listFolders(StoreKeys.SEALS);
        Map<String, Seal> checkpoints = checkpoints(sealVerifier, logs, context);

        List<LogSummary> summaries = new ArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(options.parallelism(), daemonThreads());
        try {
            List<Future<LogSummary>> logResults = new ArrayList<>();
            for (String log : logs) {
                logResults.add(executor.submit(() -> verifyLog(store, log, sealVerifier, context,
                        Optional.ofNullable(checkpoints.get(log)))));
            }
            List<Future<?>> artifactResults = new ArrayList<>();
            ArtifactVerifier artifactVerifier = new ArtifactVerifier(store, context);
            for (int from = 0; from < artifacts.size(); from += ARTIFACTS_PER_TASK) {
                List<ObjectStore.Entry> group = artifacts.subList(from, Math.min(artifacts.size(), from + ARTIFACTS_PER_TASK));
                artifactResults.add(executor.submit(() -> {
                    artifactVerifier.verifyAll(group);
                    return null;
                }));
            }
            for (Future<LogSummary> result : logResults) {
                summaries.add(await(result));
            }
            artifactResults.forEach(StoreVerifier::await);
        } finally {
            executor.shutdownNow();
        }
        checkUnsealed(batchObjects, context);
        checkReferencedArtifacts(artifacts, context);
        return new VerificationReport(store.describe(), summaries, artifacts.size(),
                artifacts.stream().mapToLong(ObjectStore.Entry::size).sum(),
                Duration.ofNanos(System.nanoTime() - started), notes(), context.failures());
    }

    private LogSummary verifyLog(ObjectStore store, String log, SealVerifier sealVerifier,
            VerificationContext context, Optional<Seal> checkpoint) {
        try {
            return new LogVerifier(store, log, sealVerifier, context, checkpoint, options.deep()).verify();
        } catch (IOException e) {
            context.fail(Failure.ofBatch(Check.STORE, log, 0, StoreKeys.sealPrefix(log), "cannot read log: " + e));
            return new LogSummary(log, 0, 0, 0, Optional.empty(), Optional.empty(), Set.of());
        }
    }

    private Map<String, Seal> checkpoints(SealVerifier verifier, List<String> logs, VerificationContext context) {
        Map<String, Seal> byLog = new HashMap<>();
        for (Seal checkpoint : options.checkpoints()) {
            try {
                verifier.verify(checkpoint);
            } catch (SealException e) {
                context.fail(Failure.ofBatch(Check.CHECKPOINT, checkpoint.log(), checkpoint.batch(), null,
                        "the checkpoint given to the verifier does not verify: " + e.getMessage()));
                continue;
            }
            if (!logs.contains(checkpoint.log())) {
                context.fail(Failure.ofBatch(Check.CHECKPOINT, checkpoint.log(), checkpoint.batch(), null,
                        "rollback: the store has no log " + checkpoint.log() + " but a checkpoint of tree size "
                                + checkpoint.treeSize() + " was given"));
                continue;
            }
            byLog.merge(checkpoint.log(), checkpoint, (a, b) -> a.treeSize() >= b.treeSize() ? a : b);
        }
        return byLog;
    }

    private static void checkUnsealed(List<ObjectStore.Entry> batchObjects, VerificationContext context) {
        for (ObjectStore.Entry entry : batchObjects) {
            if (!StoreKeys.isBatchObject(entry.key())) {
                context.fail(Failure.ofStore(Check.UNSEALED_OBJECT, entry.key(), "unexpected object under records/"));
            } else if (!context.isReferencedBatchObject(entry.key())) {
                context.fail(Failure.ofStore(Check.UNSEALED_OBJECT, entry.key(),
                        "batch object is not covered by any seal (injected or orphaned records)"));
            }
        }
    }

    private static void checkReferencedArtifacts(List<ObjectStore.Entry> artifacts, VerificationContext context) {
        Set<String> present = new HashSet<>();
        artifacts.forEach(entry -> StoreKeys.artifactDigest(entry.key()).ifPresent(hex -> present.add("sha256:" + hex)));
        context.artifactReferences().stream().sorted().filter(digest -> !present.contains(digest)).forEach(digest ->
                context.fail(Failure.ofStore(Check.ARTIFACT, StoreKeys.ARTIFACTS + digest.replaceFirst("^sha256:", ""),
                        "artifact " + digest + " is referenced by a record but missing from the store")));
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        options.trustedKeys().all().stream().filter(key -> !key.windowDeclared()).forEach(key -> notes.add(
                "trusted key " + key.entry().keyId() + " (" + key.source().getFileName()
                        + ") is a bare public key: no validity window was checked"));
        return notes;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("store verification interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("store verification failed unexpectedly: " + e.getCause(), e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "evidex-verify-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
