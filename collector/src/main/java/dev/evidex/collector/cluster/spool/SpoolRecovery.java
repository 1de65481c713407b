package dev.evidex.collector.cluster.spool;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every segment at start-up. A torn entry at the very end of the newest segment is a
 * group whose fsync never returned, so nobody was acknowledged for it: it is cut off. Damage
 * anywhere else is acknowledged evidence, and the spool refuses to start rather than skip it.
 */
final class SpoolRecovery {
    /** What the segments hold: the last sequence, the entry bytes, and where appending resumes. */
    record Recovered(long lastSequence, long entryBytes, List<Long> segmentFirstSequences, long tailEnd, long truncatedBytes) {}

    private SpoolRecovery() {}

    static Recovered scan(Path directory, Consumer<SpoolEntry> visitor) throws IOException {
        List<Path> segments = Segments.list(directory);
        List<Long> firsts = new ArrayList<>();
        long lastSequence = 0;
        long entryBytes = 0;
        long tailEnd = 0;
        long truncated = 0;
        for (int i = 0; i < segments.size(); i++) {
            Path segment = segments.get(i);
            long first = Segments.firstSequence(segment).orElseThrow();
            boolean newest = i == segments.size() - 1;
            if (newest && Files.size(segment) < Segments.MAGIC.length) {
                rewriteHeader(segment);
            }
            firsts.add(first);
            try (SegmentReader reader = new SegmentReader(segment)) {
                List<SpoolEntry> entries = new ArrayList<>();
                long expected = lastSequence == 0 ? first : lastSequence + 1;
                if (first != expected) {
                    throw new CorruptSpoolException(segment + " starts at sequence " + first + ", expected " + expected);
                }
                long size = reader.size();
                long[] counters = {expected, entryBytes};
                try {
                    while (reader.read(size, 256, entries) > 0) {
                        visit(segment, entries, counters, visitor);
                    }
                } catch (CorruptSpoolException e) {
                    visit(segment, entries, counters, visitor);
                    if (!newest) {
                        throw new CorruptSpoolException(segment + " at offset " + reader.position() + ": " + e.getMessage());
                    }
                }
                expected = counters[0];
                entryBytes = counters[1];
                lastSequence = expected - 1;
                if (reader.position() < size) {
                    if (!newest) {
                        throw new CorruptSpoolException(segment + " ends with a partial entry at offset " + reader.position());
                    }
                    truncated = size - reader.position();
                    truncate(segment, reader.position());
                }
                tailEnd = reader.position();
            }
        }
        return new Recovered(lastSequence, entryBytes, firsts, tailEnd, truncated);
    }

    /** Checks and hands on decoded entries; counters are {next expected sequence, entry bytes}. */
    private static void visit(Path segment, List<SpoolEntry> entries, long[] counters, Consumer<SpoolEntry> visitor)
            throws CorruptSpoolException {
        for (SpoolEntry entry : entries) {
            if (entry.sequence() != counters[0]) {
                throw new CorruptSpoolException(segment + " holds sequence " + entry.sequence()
                        + " where " + counters[0] + " was expected");
            }
            counters[0]++;
            counters[1] += entry.encodedLength();
            visitor.accept(entry);
        }
        entries.clear();
    }

    private static void truncate(Path segment, long size) throws IOException {
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(size);
            channel.force(true);
        }
    }

    private static void rewriteHeader(Path segment) throws IOException {
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(Segments.MAGIC), 0);
            channel.force(true);
        }
    }
}
