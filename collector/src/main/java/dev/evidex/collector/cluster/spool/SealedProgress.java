package dev.evidex.collector.cluster.spool;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The highest spool sequence known to be sealed in the store, kept in {@code sealed.progress}.
 * Written to a temporary file, fsynced and renamed over the old one, so a crash leaves either
 * the old or the new value. It may lag the store by one batch; the sealer checks the store.
 */
final class SealedProgress {
    static final String FILE = "sealed.progress";

    private SealedProgress() {}

    static long read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.exists(file)) {
            return 0;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (!text.startsWith("sealed-through ")) {
            throw new CorruptSpoolException(file + " is not a progress file");
        }
        try {
            return Long.parseLong(text.substring("sealed-through ".length()));
        } catch (NumberFormatException e) {
            throw new CorruptSpoolException(file + " holds no sequence number");
        }
    }

    static void write(Path directory, long sealedThrough) throws IOException {
        Path temporary = directory.resolve(FILE + ".tmp");
        byte[] bytes = ("sealed-through " + sealedThrough + "\n").getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        Files.move(temporary, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Segments.syncDirectory(directory);
    }
}
