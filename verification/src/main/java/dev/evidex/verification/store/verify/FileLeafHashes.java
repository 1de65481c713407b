package dev.evidex.verification.store.verify;

import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.merkle.LeafHashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Leaf hashes spilled to a temporary file, so proofs over a long log keep memory flat. */
final class FileLeafHashes implements LeafHashes, AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer writeBuffer = ByteBuffer.allocate(Hashes.LENGTH * 4096);
    private long size;

    FileLeafHashes() throws IOException {
        this.file = Files.createTempFile("evidex-leaves", ".bin");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    void add(byte[] leaf) throws IOException {
        if (writeBuffer.remaining() < leaf.length) {
            flush();
        }
        writeBuffer.put(leaf);
        size++;
    }

    void flush() throws IOException {
        writeBuffer.flip();
        while (writeBuffer.hasRemaining()) {
            channel.write(writeBuffer, channel.size());
        }
        writeBuffer.clear();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public byte[] get(long index) {
        ByteBuffer hash = ByteBuffer.allocate(Hashes.LENGTH);
        try {
            channel.read(hash, index * Hashes.LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hash.array();
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
