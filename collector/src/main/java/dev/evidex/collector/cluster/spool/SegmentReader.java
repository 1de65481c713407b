package dev.evidex.collector.cluster.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/** Reads the entries of one segment file in order, up to a limit the caller knows is committed. */
final class SegmentReader implements AutoCloseable {
    private static final int INITIAL_BUFFER = 1 << 20;

    private final Path file;
    private final FileChannel channel;
    private ByteBuffer buffer = ByteBuffer.allocate(INITIAL_BUFFER).flip();
    /** File offset of the buffer's first unread byte. */
    private long position;

    SegmentReader(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        ByteBuffer magic = ByteBuffer.allocate(Segments.MAGIC.length);
        while (magic.hasRemaining() && channel.read(magic, magic.position()) > 0) {
            // read the whole header
        }
        if (magic.hasRemaining() || !java.util.Arrays.equals(magic.array(), Segments.MAGIC)) {
            channel.close();
            throw new CorruptSpoolException(file + " is not a spool segment (bad header)");
        }
        this.position = Segments.MAGIC.length;
    }

    Path file() {
        return file;
    }

    /** File offset just past the last entry returned. */
    long position() {
        return position;
    }

    long size() throws IOException {
        return channel.size();
    }

    /**
     * Appends up to {@code maxEntries} whole entries that end at or before {@code limit} to
     * {@code into}; returns how many were added. A partial entry before the limit is left unread.
     */
    int read(long limit, int maxEntries, List<SpoolEntry> into) throws IOException {
        int added = 0;
        while (added < maxEntries) {
            Optional<SpoolEntry> entry = EntryCodec.decode(buffer);
            if (entry.isPresent()) {
                into.add(entry.get());
                position += entry.get().encodedLength();
                added++;
                continue;
            }
            long fileOffset = position + buffer.remaining();
            if (fileOffset >= limit || !fill(limit)) {
                break;
            }
        }
        return added;
    }

    private boolean fill(long limit) throws IOException {
        long fileOffset = position + buffer.remaining();
        if (buffer.remaining() >= EntryCodec.HEADER_BYTES) {
            int needed = EntryCodec.HEADER_BYTES + buffer.getInt(buffer.position());
            if (needed > buffer.capacity()) {
                buffer = ByteBuffer.allocate(Math.max(needed, buffer.capacity() * 2)).put(buffer).flip();
            }
        }
        buffer.compact();
        int wanted = (int) Math.min(buffer.remaining(), limit - fileOffset);
        ByteBuffer target = buffer.slice().limit(wanted);
        int read = channel.read(target, fileOffset);
        buffer.position(buffer.position() + Math.max(read, 0));
        buffer.flip();
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
