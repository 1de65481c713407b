package dev.evidex.collector.cluster.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The single writer of the spool. It takes every request waiting in the queue, drops events
 * whose key was already spooled, writes the rest as one group and forces it to disk once; only
 * then are the requests' futures completed. A failed write is cut off again and fails the whole
 * group, so no request is acknowledged for anything that is not durable.
 */
final class GroupCommitter {
    /** Requests per group; a bound keeps one group's buffer and latency reasonable. */
    private static final int MAX_GROUP_REQUESTS = 1024;

    record Prepared(byte[] keyBytes, String key, byte[] record) {}

    record Pending(List<Prepared> events, CompletableFuture<CommitResult> future) {}

    private final Spool spool;
    private final DedupWindow dedup;
    private final Thread thread;
    private volatile boolean closing;
    private long lastSequence;
    private FileChannel active;
    private long activeFirst;
    private long activeEnd;
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 20);

    GroupCommitter(Spool spool, DedupWindow dedup, long lastSequence) {
        this.spool = spool;
        this.dedup = dedup;
        this.lastSequence = lastSequence;
        this.thread = new Thread(this::run, "evidex-spool-committer");
        this.thread.setDaemon(true);
    }

    void openActive(FileChannel channel, long first, long end) {
        this.active = channel;
        this.activeFirst = first;
        this.activeEnd = end;
        spool.publish(new Spool.Committed(first, end, lastSequence), 0);
    }

    void seed(Collection<String> keys) {
        keys.forEach(dedup::add);
    }

    void start() {
        thread.start();
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (true) {
            Pending first;
            try {
                first = spool.queue().poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                if (closing) {
                    return;
                }
                continue;
            }
            group.add(first);
            spool.queue().drainTo(group, MAX_GROUP_REQUESTS - 1);
            commit(group);
            group.clear();
        }
    }

    private void commit(List<Pending> group) {
        long startSequence = lastSequence;
        List<String> added = new ArrayList<>();
        int[] accepted = new int[group.size()];
        int[] duplicates = new int[group.size()];
        buffer.clear();
        for (int i = 0; i < group.size(); i++) {
            for (Prepared event : group.get(i).events()) {
                if (!dedup.add(event.key())) {
                    duplicates[i]++;
                    continue;
                }
                added.add(event.key());
                ensureCapacity(EntryCodec.encodedLength(event.keyBytes(), event.record()));
                EntryCodec.encode(buffer, ++lastSequence, event.keyBytes(), event.record());
                accepted[i]++;
            }
        }
        buffer.flip();
        int size = buffer.remaining();
        try {
            if (size > 0) {
                write(startSequence + 1, size);
            }
        } catch (IOException e) {
            lastSequence = startSequence;
            added.forEach(dedup::remove);
            rollBack(e);
            group.forEach(pending -> pending.future().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).future().complete(new CommitResult(accepted[i], duplicates[i], lastSequence));
        }
    }

    private void write(long firstSequence, int size) throws IOException {
        if (activeEnd + size > spool.options().segmentBytes() && activeEnd > Segments.MAGIC.length) {
            rotate(firstSequence);
        }
        long position = activeEnd;
        while (buffer.hasRemaining()) {
            position += active.write(buffer, position);
        }
        active.force(false);
        activeEnd = position;
        spool.publish(new Spool.Committed(activeFirst, activeEnd, lastSequence), size);
    }

    private void rotate(long firstSequence) throws IOException {
        FileChannel next = Segments.create(spool.options().directory(), firstSequence);
        spool.addSegment(firstSequence);
        active.close();
        active = next;
        activeFirst = firstSequence;
        activeEnd = Segments.MAGIC.length;
    }

    /** Cuts a partly written group off again; if even that fails, the spool stops accepting. */
    private void rollBack(IOException cause) {
        try {
            active.truncate(activeEnd);
            active.force(true);
        } catch (IOException e) {
            spool.markBroken("write failed (" + cause.getMessage() + ") and could not be undone (" + e.getMessage() + ")");
        }
    }

    private void ensureCapacity(int more) {
        if (buffer.remaining() < more) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
            buffer.flip();
            larger.put(buffer);
            buffer = larger;
        }
    }

    void close() throws IOException {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!thread.isAlive()) {
            active.close();
        }
    }
}
