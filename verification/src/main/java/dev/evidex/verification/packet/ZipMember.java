package dev.evidex.verification.packet;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One ZIP entry compressed and ready to write: raw deflate at level 1, or the bytes as they are
 * (stored) when deflating does not make them smaller. The choice depends on the content only.
 */
record ZipMember(String path, int method, long crc, int size, byte[] data, int dataLength) {
    static final int STORED = 0;
    static final int DEFLATED = 8;
    /** Evidence is hex and JSON: the fastest level already shrinks it about threefold. */
    static final int LEVEL = Deflater.BEST_SPEED;
    /** One deflater per thread, reset between entries: a packet has tens of thousands of small entries. */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));

    static ZipMember of(String path, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        byte[] compressed = deflate(bytes);
        if (compressed == null) {
            return new ZipMember(path, STORED, crc.getValue(), bytes.length, bytes, bytes.length);
        }
        return new ZipMember(path, DEFLATED, crc.getValue(), bytes.length, compressed, compressed.length);
    }

    /** Raw deflate, or null when the output would not be smaller than the input. */
    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        try {
            deflater.setInput(bytes);
            deflater.finish();
            byte[] out = new byte[Math.max(64, bytes.length)];
            int length = 0;
            while (!deflater.finished()) {
                if (length == out.length) {
                    return null;
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            return length < bytes.length ? Arrays.copyOf(out, length) : null;
        } finally {
            // Drop the reference to the input; the deflater itself is kept for the thread's next entry.
            deflater.setInput(new byte[0]);
        }
    }
}
