package dev.evidex.collector.cluster.spool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads committed entries in sequence order, segment after segment; used by the sealer only. */
public final class SpoolReader implements AutoCloseable {
    private final Spool spool;
    private SegmentReader current;
    private long currentFirst;

    SpoolReader(Spool spool) {
        this.spool = spool;
    }

    /** Up to {@code maxEntries} committed entries after those already returned. */
    public List<SpoolEntry> read(int maxEntries) throws IOException {
        List<SpoolEntry> entries = new ArrayList<>();
        while (entries.size() < maxEntries) {
            Spool.Committed committed = spool.committed();
            if (current == null && !open(spool.firstSegment())) {
                break;
            }
            boolean active = currentFirst == committed.segmentFirst();
            long limit = active ? committed.end() : current.size();
            int added = current.read(limit, maxEntries - entries.size(), entries);
            if (added == 0) {
                if (active) {
                    break;
                }
                Optional<Long> next = spool.segmentAfter(currentFirst);
                current.close();
                current = null;
                if (!open(next)) {
                    break;
                }
            }
        }
        return entries;
    }

    private boolean open(Optional<Long> first) throws IOException {
        if (first.isEmpty()) {
            return false;
        }
        current = new SegmentReader(spool.segmentPath(first.get()));
        currentFirst = first.get();
        return true;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }
}
