package dev.evidex.collector.cluster.seal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cluster.metrics.Metrics;
import dev.evidex.collector.cluster.spool.Spool;
import dev.evidex.collector.cluster.spool.SpoolEntry;
import dev.evidex.collector.cluster.spool.SpoolReader;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.store.LogAppender;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves spooled events into the evidence store: every interval, or as soon as a full batch is
 * waiting, it appends one sealed batch and then records durably how far it got. Each record
 * carries its spool id and sequence, so after a crash between sealing and recording progress
 * the newest batch tells where to resume and nothing is sealed twice. A failed append is
 * retried with backoff; the events stay in the spool meanwhile (backpressure, never loss).
 */
public final class Sealer implements Runnable {
    /** Batch and retry settings. */
    public record Settings(int maxRecords, Duration interval, Duration maxBackoff, int dedupWindow) {
        public Settings {
            requireNonNull(interval, "interval is null");
            requireNonNull(maxBackoff, "maxBackoff is null");
            if (maxRecords < 1) {
                throw new IllegalArgumentException("maxRecords must be positive");
            }
        }
    }

    private static final int TAIL_BATCHES = 64;
    /** Attempts during shutdown before leaving the rest in the spool for the next start. */
    private static final int SHUTDOWN_ATTEMPTS = 3;

    private final Spool spool;
    private final ObjectStore store;
    private final Path staging;
    private final String log;
    private final Signer signer;
    private final Clock clock;
    private final Settings settings;
    private final Metrics metrics;
    private final PrintWriter err;
    private final List<SpoolEntry> pending = new ArrayList<>();
    /** The records of {@code pending}, built as entries arrive so sealing is not one burst of parsing. */
    private final List<ObjectNode> pendingRecords = new ArrayList<>();
    private volatile boolean stopping;
    private volatile long sealedThrough;
    private LogAppender appender;
    private long pendingSince;
    private long unreportedBytes;

    public Sealer(Spool spool, ObjectStore store, Path staging, String log, Signer signer, Clock clock,
            Settings settings, Metrics metrics, PrintWriter err) {
        this.spool = requireNonNull(spool, "spool is null");
        this.store = requireNonNull(store, "store is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.log = requireNonNull(log, "log is null");
        this.signer = requireNonNull(signer, "signer is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.err = requireNonNull(err, "err is null");
        this.appender = newAppender();
    }

    /**
     * Finds where sealing resumes (the later of the progress file and the newest own batch in the
     * store) and seeds the spool's dedup window with recently sealed keys. Call before starting.
     */
    public void recover() throws IOException {
        StoreTail.completeNewest(store, staging, log);
        StoreTail.Found tail = StoreTail.read(store, staging, log, spool.id(), settings.dedupWindow(), TAIL_BATCHES);
        sealedThrough = Math.max(spool.progressAtOpen(), tail.sealedThrough());
        spool.seed(tail.keys());
    }

    public long sealedThrough() {
        return sealedThrough;
    }

    /** Asks the sealer to seal what is committed and return. */
    public void stop() {
        stopping = true;
    }

    @Override
    public void run() {
        long backoffMillis = 0;
        int failuresWhileStopping = 0;
        try (SpoolReader reader = spool.reader()) {
            long lastSeen = 0;
            while (true) {
                boolean finishing = stopping;
                lastSeen = Math.max(lastSeen, take(reader));
                if (pending.isEmpty()) {
                    reportSkipped();
                    if (finishing && spool.lastSequence() <= lastSeen) {
                        return;
                    }
                    spool.awaitCommitAfter(lastSeen, settings.interval().toMillis());
                    continue;
                }
                long waited = System.nanoTime() - pendingSince;
                if (pending.size() >= settings.maxRecords() || waited >= settings.interval().toNanos() || finishing) {
                    if (seal()) {
                        backoffMillis = 0;
                    } else {
                        backoffMillis = Math.min(Math.max(backoffMillis * 2, 500), settings.maxBackoff().toMillis());
                        if (finishing && ++failuresWhileStopping >= SHUTDOWN_ATTEMPTS) {
                            err.println("sealer: stopping with " + pending.size() + " events left in the spool for the next start");
                            return;
                        }
                        Thread.sleep(finishing ? Math.min(backoffMillis, 1000) : backoffMillis);
                    }
                } else {
                    spool.awaitCommitAfter(lastSeen, Math.max(1, (settings.interval().toNanos() - waited) / 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            err.println("sealer: stopped: " + e);
            metrics.add("upload_errors_total", 1);
        }
    }

    /** Reads committed entries into the pending batch; returns the last sequence seen. */
    private long take(SpoolReader reader) throws IOException {
        long last = 0;
        for (SpoolEntry entry : reader.read(settings.maxRecords() - pending.size())) {
            last = entry.sequence();
            if (entry.sequence() <= sealedThrough) {
                unreportedBytes += entry.encodedLength();
                continue;
            }
            if (pending.isEmpty()) {
                pendingSince = System.nanoTime();
            }
            pending.add(entry);
            pendingRecords.add(record(entry));
        }
        return last;
    }

    private boolean seal() throws IOException {
        List<ObjectNode> records = List.copyOf(pendingRecords);
        try {
            appender.append(records);
            sealedThrough = pending.get(pending.size() - 1).sequence();
            metrics.add("events_sealed_total", records.size());
            metrics.add("batches_sealed_total", 1);
            long bytes = unreportedBytes + pending.stream().mapToLong(SpoolEntry::encodedLength).sum();
            unreportedBytes = 0;
            pending.clear();
            pendingRecords.clear();
            spool.sealed(sealedThrough, bytes);
            return true;
        } catch (IOException | dev.evidex.verification.store.StoreException | RuntimeException e) {
            metrics.add("upload_errors_total", 1);
            err.println("sealer: cannot seal " + records.size() + " events into " + log + " (will retry): " + e.getMessage());
            resynchronize();
            return false;
        }
    }

    /**
     * After a failed append the batch may or may not have been sealed (the seal can be written
     * before an error): read the store again and drop what it already holds.
     */
    private void resynchronize() {
        appender = newAppender();
        try {
            StoreTail.completeNewest(store, staging, log);
        } catch (IOException e) {
            err.println("sealer: cannot complete the newest batch yet: " + e.getMessage());
        }
        try {
            long inStore = StoreTail.read(store, staging, log, spool.id(), 1, TAIL_BATCHES).sealedThrough();
            if (inStore > sealedThrough) {
                sealedThrough = inStore;
                while (!pending.isEmpty() && pending.get(0).sequence() <= inStore) {
                    unreportedBytes += pending.remove(0).encodedLength();
                    pendingRecords.remove(0);
                }
                reportSkipped();
            }
        } catch (IOException e) {
            err.println("sealer: cannot read the store back yet: " + e.getMessage());
        }
    }

    private void reportSkipped() throws IOException {
        if (unreportedBytes > 0) {
            spool.sealed(sealedThrough, unreportedBytes);
            unreportedBytes = 0;
        }
    }

    private ObjectNode record(SpoolEntry entry) throws IOException {
        ObjectNode record = (ObjectNode) Json.mapper().readTree(entry.record());
        JsonNode detail = record.get("detail");
        ObjectNode details = detail instanceof ObjectNode object ? object : record.putObject("detail");
        ObjectNode collector = details.putObject("collector");
        collector.put("spool", spool.id());
        collector.put("sequence", entry.sequence());
        collector.put("key", entry.key());
        return record;
    }

    private LogAppender newAppender() {
        return new LogAppender(store, log, signer, clock, staging);
    }
}
