package dev.evidex.collector.cluster.spool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The on-disk entry: {@code length:int32 crc32c:int32 sequence:int64 keyLength:uint16 key record}.
 * {@code length} counts the bytes after the checksum; the checksum covers exactly those bytes, so
 * a torn write at the tail of a segment is detected and never mistaken for an entry.
 */
final class EntryCodec {
    static final int HEADER_BYTES = 8;
    /** A record line is at most 1 MiB; with its key and header an entry stays far below this. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private EntryCodec() {}

    static int encodedLength(byte[] key, byte[] record) {
        return HEADER_BYTES + 8 + 2 + key.length + record.length;
    }

    static void encode(ByteBuffer into, long sequence, byte[] key, byte[] record) {
        int bodyLength = 8 + 2 + key.length + record.length;
        int start = into.position();
        into.putInt(bodyLength);
        into.putInt(0);
        into.putLong(sequence);
        into.putShort((short) key.length);
        into.put(key);
        into.put(record);
        CRC32C crc = new CRC32C();
        crc.update(into.array(), into.arrayOffset() + start + HEADER_BYTES, bodyLength);
        into.putInt(start + 4, (int) crc.getValue());
    }

    /**
     * Decodes the entry at the buffer's position and advances past it; empty when the buffer
     * holds only part of an entry (read more) — a checksum mismatch throws.
     */
    static Optional<SpoolEntry> decode(ByteBuffer buffer) throws CorruptSpoolException {
        if (buffer.remaining() < HEADER_BYTES) {
            return Optional.empty();
        }
        int start = buffer.position();
        int bodyLength = buffer.getInt(start);
        int checksum = buffer.getInt(start + 4);
        if (bodyLength < 10 || bodyLength > MAX_BODY_BYTES) {
            throw new CorruptSpoolException("entry length " + bodyLength + " is out of range");
        }
        if (buffer.remaining() < HEADER_BYTES + bodyLength) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        ByteBuffer body = buffer.duplicate();
        body.position(start + HEADER_BYTES).limit(start + HEADER_BYTES + bodyLength);
        crc.update(body);
        if ((int) crc.getValue() != checksum) {
            throw new CorruptSpoolException("entry checksum mismatch");
        }
        buffer.position(start + HEADER_BYTES);
        long sequence = buffer.getLong();
        int keyLength = Short.toUnsignedInt(buffer.getShort());
        if (keyLength > bodyLength - 10) {
            throw new CorruptSpoolException("entry key length " + keyLength + " exceeds the entry");
        }
        byte[] key = new byte[keyLength];
        buffer.get(key);
        byte[] record = new byte[bodyLength - 10 - keyLength];
        buffer.get(record);
        return Optional.of(new SpoolEntry(sequence, new String(key, StandardCharsets.UTF_8), record,
                HEADER_BYTES + bodyLength));
    }
}
