package dev.evidex.collector.cluster.spool;

import static java.util.Objects.requireNonNull;

import dev.evidex.collector.cluster.ingest.Evidence;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The collector's write-ahead spool: segment files of checksummed entries. A request's events
 * are acknowledged only after they are fsynced here. One committer thread writes whatever
 * requests are waiting as one group with one {@code force}, so concurrent senders share the
 * cost of an fsync (group commit). The sealer reads committed entries back and reports what it
 * sealed; fully sealed segments are deleted.
 */
public final class Spool implements AutoCloseable {
    /** Spool settings: where, how much unsealed data before pushing back, segment size, dedup window. */
    public record Options(Path directory, long maxPendingBytes, long segmentBytes, int dedupWindow) {
        public Options {
            requireNonNull(directory, "directory is null");
            if (maxPendingBytes < 1 || segmentBytes < 1024 || dedupWindow < 1) {
                throw new IllegalArgumentException("spool bounds must be positive (segments at least 1 KiB)");
            }
        }
    }

    /** The end of the durable data: the active segment, its committed length, the last sequence. */
    record Committed(long segmentFirst, long end, long lastSequence) {}

    static final String ID_FILE = "spool.id";
    /** A record grows by its assigned and collector fields when sealed; keep room for them under the line limit. */
    public static final int MAX_RECORD_BYTES = dev.evidex.verification.store.RecordLines.MAX_LINE_BYTES - 1024;

    private final Options options;
    private final String id;
    private final long progressAtOpen;
    private final ConcurrentSkipListMap<Long, Path> segments = new ConcurrentSkipListMap<>();
    private final LinkedBlockingQueue<GroupCommitter.Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong committedBytes = new AtomicLong();
    private final AtomicLong sealedBytes = new AtomicLong();
    private final Object commitSignal = new Object();
    private final GroupCommitter committer;
    private volatile Committed committed;
    private volatile Optional<String> broken = Optional.empty();

    private Spool(Options options, String id, long progress, SpoolRecovery.Recovered recovered, DedupWindow dedup)
            throws IOException {
        this.options = options;
        this.id = id;
        this.progressAtOpen = progress;
        recovered.segmentFirstSequences().forEach(first -> segments.put(first, Segments.path(options.directory(), first)));
        long lastSequence = Math.max(recovered.lastSequence(), progress);
        this.committedBytes.set(recovered.entryBytes());
        this.committer = new GroupCommitter(this, dedup, lastSequence);
        if (!segments.isEmpty() && recovered.lastSequence() < progress) {
            throw new CorruptSpoolException(options.directory() + ": progress says sequence " + progress
                    + " was sealed but the spool ends at " + recovered.lastSequence());
        }
        if (segments.isEmpty()) {
            long first = lastSequence + 1;
            committer.openActive(Segments.create(options.directory(), first), first, Segments.MAGIC.length);
            segments.put(first, Segments.path(options.directory(), first));
        } else {
            long first = segments.lastKey();
            committer.openActive(java.nio.channels.FileChannel.open(segments.get(first),
                    java.nio.file.StandardOpenOption.WRITE), first, recovered.tailEnd());
        }
    }

    /**
     * Opens (creating if needed) a spool and recovers it: torn tail cut, every entry's key handed
     * to the dedup window. Call {@link #start()} before submitting.
     */
    public static Spool open(Options options) throws IOException {
        Path directory = options.directory();
        Files.createDirectories(directory);
        String id = readOrCreateId(directory);
        long progress = SealedProgress.read(directory);
        DedupWindow dedup = new DedupWindow(options.dedupWindow());
        SpoolRecovery.Recovered recovered = SpoolRecovery.scan(directory, entry -> dedup.add(entry.key()));
        return new Spool(options, id, progress, recovered, dedup);
    }

    /** Adds keys of events already sealed (read from the store) before the committer starts. */
    public void seed(Collection<String> keys) {
        committer.seed(keys);
    }

    public void start() {
        committer.start();
    }

    /** This spool's identity, written into sealed records so a restart can find its own batches. */
    public String id() {
        return id;
    }

    /** The sealed-through sequence recorded when the spool was opened (it may lag the store). */
    public long progressAtOpen() {
        return progressAtOpen;
    }

    /**
     * Queues events for the next group commit; the future completes once they are fsynced (or
     * fails with the I/O error, in which case nothing of the request was kept).
     *
     * @throws SpoolFullException when more than the bound is waiting to be sealed
     * @throws IllegalArgumentException when an event is too large to be a record (nothing is queued)
     */
    public CompletableFuture<CommitResult> submit(List<Evidence> evidence) throws SpoolFullException {
        if (broken.isPresent()) {
            return CompletableFuture.failedFuture(new IOException("spool is unusable: " + broken.get()));
        }
        if (pendingBytes() > options.maxPendingBytes()) {
            throw new SpoolFullException("spool holds " + pendingBytes() + " unsealed bytes, more than "
                    + options.maxPendingBytes());
        }
        List<GroupCommitter.Prepared> prepared = new ArrayList<>(evidence.size());
        for (Evidence item : evidence) {
            try {
                byte[] record = Json.mapper().writeValueAsBytes(item.record());
                if (record.length > MAX_RECORD_BYTES) {
                    throw new IllegalArgumentException("an event is " + record.length + " bytes as a record, more than the "
                            + MAX_RECORD_BYTES + " allowed");
                }
                prepared.add(new GroupCommitter.Prepared(item.key().getBytes(StandardCharsets.UTF_8), item.key(), record));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        CompletableFuture<CommitResult> future = new CompletableFuture<>();
        queue.add(new GroupCommitter.Pending(prepared, future));
        return future;
    }

    public SpoolReader reader() {
        return new SpoolReader(this);
    }

    /** Records that everything up to {@code throughSequence} is sealed, then drops spent segments. */
    public void sealed(long throughSequence, long bytes) throws IOException {
        SealedProgress.write(options.directory(), throughSequence);
        sealedBytes.addAndGet(bytes);
        for (Map.Entry<Long, Path> segment : segments.entrySet()) {
            Long next = segments.higherKey(segment.getKey());
            if (next == null || next - 1 > throughSequence) {
                break;
            }
            Files.deleteIfExists(segment.getValue());
            segments.remove(segment.getKey());
        }
    }

    /** Bytes fsynced to the spool but not yet sealed: what backpressure is measured on. */
    public long pendingBytes() {
        return committedBytes.get() - sealedBytes.get();
    }

    public long lastSequence() {
        Committed current = committed;
        return current == null ? 0 : current.lastSequence();
    }

    public Optional<String> broken() {
        return broken;
    }

    public boolean full() {
        return pendingBytes() > options.maxPendingBytes();
    }

    /** Waits until an entry after {@code sequence} is committed, or the timeout passes. */
    public void awaitCommitAfter(long sequence, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (commitSignal) {
            while (lastSequence() <= sequence) {
                long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (remaining <= 0) {
                    return;
                }
                commitSignal.wait(remaining);
            }
        }
    }

    @Override
    public void close() throws IOException {
        committer.close();
    }

    // Package-private hooks for the committer and reader.

    Options options() {
        return options;
    }

    LinkedBlockingQueue<GroupCommitter.Pending> queue() {
        return queue;
    }

    Committed committed() {
        return committed;
    }

    void publish(Committed value, long addedBytes) {
        committedBytes.addAndGet(addedBytes);
        synchronized (commitSignal) {
            committed = value;
            commitSignal.notifyAll();
        }
    }

    void addSegment(long first) {
        segments.put(first, Segments.path(options.directory(), first));
    }

    void markBroken(String reason) {
        broken = Optional.of(reason);
    }

    Optional<Long> firstSegment() {
        return Optional.ofNullable(segments.isEmpty() ? null : segments.firstKey());
    }

    Optional<Long> segmentAfter(long first) {
        return Optional.ofNullable(segments.higherKey(first));
    }

    Path segmentPath(long first) {
        return Segments.path(options.directory(), first);
    }

    private static String readOrCreateId(Path directory) throws IOException {
        Path file = directory.resolve(ID_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        String id = UUID.randomUUID().toString();
        Path temporary = directory.resolve(ID_FILE + ".tmp");
        Files.writeString(temporary, id + "\n", StandardCharsets.US_ASCII);
        try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Segments.syncDirectory(directory);
        return id;
    }
}
