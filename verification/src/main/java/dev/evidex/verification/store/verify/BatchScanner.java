package dev.evidex.verification.store.verify;

import dev.evidex.verification.merkle.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Streams a batch object line by line with a fixed buffer: hashes the whole object and each line
 * (leaf hash) in one pass, so memory does not grow with the size of a batch. Not thread-safe.
 */
final class BatchScanner {
    /** Receives each line; {@code line[offset, offset+length)} is valid only during the call. */
    interface LineConsumer {
        void line(long lineNumber, byte[] buffer, int offset, int length, byte[] leafHash) throws IOException;
    }

    /** Outcome of a scan. */
    record Result(byte[] sha256, long bytes, long lines, boolean missingFinalLineFeed, long overlongLine) {}

    private final int maxLineBytes;
    /** Reused across batches: allocating it per batch would dominate the cost of small batches. */
    private final byte[] buffer;
    private final MessageDigest whole = Hashes.sha256();
    private final MessageDigest leaves = Hashes.sha256();

    BatchScanner(int maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
        this.buffer = new byte[maxLineBytes * 2];
    }

    Result scan(InputStream in, LineConsumer consumer, Runnable cancellationCheck) throws IOException {
        whole.reset();
        int start = 0;
        int end = 0;
        long bytes = 0;
        long lines = 0;
        long overlong = -1;
        while (true) {
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                break;
            }
            whole.update(buffer, end, read);
            bytes += read;
            int scanFrom = end;
            end += read;
            for (int i = scanFrom; i < end; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                    consumer.line(lines, buffer, start, i - start, Hashes.leaf(leaves, buffer, start, i - start));
                    start = i + 1;
                }
            }
            if (end - start > maxLineBytes && overlong < 0) {
                overlong = lines + 1;
            }
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.length) {
                // A line longer than the buffer cannot be a record; skip to its end.
                end = 0;
            }
            cancellationCheck.run();
        }
        boolean missingFinalLineFeed = end > start;
        if (missingFinalLineFeed) {
            lines++;
            byte[] rest = Arrays.copyOfRange(buffer, start, end);
            consumer.line(lines, rest, 0, rest.length, Hashes.leaf(leaves, rest, 0, rest.length));
        }
        return new Result(whole.digest(), bytes, lines, missingFinalLineFeed, overlong);
    }
}
