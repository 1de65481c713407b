package dev.evidex.verification.packet.verify;

import dev.evidex.verification.packet.PacketVerificationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a ZIP's central directory by hand. {@code java.util.zip} does not expose the external
 * attributes (unix modes, symlinks) nor refuse duplicate names, and a verifier must see both.
 */
final class CentralDirectory {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int UNIX_HOST = 3;

    /** One central directory record. */
    record Entry(String name, int flags, int method, long crc, long compressedSize, long size,
            int hostSystem, long externalAttributes, long localHeaderOffset) {

        boolean isSymbolicLink() {
            return hostSystem == UNIX_HOST && ((externalAttributes >>> 16) & 0xF000) == 0xA000;
        }

        boolean hasUnixMode() {
            return hostSystem == UNIX_HOST && (externalAttributes >>> 16) != 0;
        }
    }

    private CentralDirectory() {}

    static List<Entry> read(FileChannel channel, ArchiveLimits limits) throws IOException, PacketVerificationException {
        long fileSize = channel.size();
        if (fileSize < END_SIZE) {
            throw new PacketVerificationException("not a ZIP file: " + fileSize + " bytes is shorter than an end record");
        }
        int tailLength = (int) Math.min(fileSize, END_SIZE + MAX_COMMENT);
        ByteBuffer tail = readAt(channel, fileSize - tailLength, tailLength);
        int end = -1;
        for (int i = tailLength - END_SIZE; i >= 0; i--) {
            if (tail.getInt(i) == END_SIGNATURE && i + END_SIZE + (tail.getShort(i + 20) & 0xFFFF) == tailLength) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new PacketVerificationException("not a complete ZIP file: no end of central directory (truncated?)");
        }
        long count = tail.getShort(end + 10) & 0xFFFF;
        long directorySize = tail.getInt(end + 12) & 0xFFFFFFFFL;
        long directoryOffset = tail.getInt(end + 16) & 0xFFFFFFFFL;
        long endOffset = fileSize - tailLength + end;
        if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL) {
            long[] zip64 = zip64End(channel, endOffset);
            count = zip64[0];
            directorySize = zip64[1];
            directoryOffset = zip64[2];
        }
        if (count > limits.maxEntries()) {
            throw new PacketVerificationException("ZIP has " + count + " entries, more than the " + limits.maxEntries() + " allowed");
        }
        if (directoryOffset + directorySize > endOffset || directorySize > Integer.MAX_VALUE) {
            throw new PacketVerificationException("ZIP central directory lies outside the file (truncated?)");
        }
        return entries(readAt(channel, directoryOffset, (int) directorySize), count);
    }

    private static long[] zip64End(FileChannel channel, long endOffset) throws IOException, PacketVerificationException {
        if (endOffset < 20) {
            throw new PacketVerificationException("ZIP64 end locator is missing");
        }
        ByteBuffer locator = readAt(channel, endOffset - 20, 20);
        if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
            throw new PacketVerificationException("ZIP64 end locator is missing");
        }
        long recordOffset = locator.getLong(8);
        if (recordOffset < 0 || recordOffset + 56 > endOffset) {
            throw new PacketVerificationException("ZIP64 end record lies outside the file");
        }
        ByteBuffer record = readAt(channel, recordOffset, 56);
        if (record.getInt(0) != ZIP64_END_SIGNATURE) {
            throw new PacketVerificationException("ZIP64 end record is malformed");
        }
        return new long[] {record.getLong(32), record.getLong(40), record.getLong(48)};
    }

    private static List<Entry> entries(ByteBuffer directory, long count) throws PacketVerificationException {
        List<Entry> entries = new ArrayList<>((int) Math.min(count, 1 << 16));
        int position = 0;
        for (long i = 0; i < count; i++) {
            if (position + 46 > directory.limit() || directory.getInt(position) != ENTRY_SIGNATURE) {
                throw new PacketVerificationException("ZIP central directory entry " + i + " is malformed");
            }
            int nameLength = directory.getShort(position + 28) & 0xFFFF;
            int extraLength = directory.getShort(position + 30) & 0xFFFF;
            int commentLength = directory.getShort(position + 32) & 0xFFFF;
            if (position + 46 + nameLength + extraLength + commentLength > directory.limit()) {
                throw new PacketVerificationException("ZIP central directory entry " + i + " runs past the directory");
            }
            byte[] name = new byte[nameLength];
            directory.get(position + 46, name);
            long[] sizes = {directory.getInt(position + 20) & 0xFFFFFFFFL, directory.getInt(position + 24) & 0xFFFFFFFFL,
                directory.getInt(position + 42) & 0xFFFFFFFFL};
            zip64Sizes(directory, position + 46 + nameLength, extraLength, sizes);
            entries.add(new Entry(new String(name, StandardCharsets.UTF_8), directory.getShort(position + 8) & 0xFFFF,
                    directory.getShort(position + 10) & 0xFFFF, directory.getInt(position + 16) & 0xFFFFFFFFL,
                    sizes[0], sizes[1], (directory.getShort(position + 4) >>> 8) & 0xFF,
                    directory.getInt(position + 38) & 0xFFFFFFFFL, sizes[2]));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /** Replaces 0xFFFFFFFF sizes and offset with their ZIP64 extra field values, in the order the format lists them. */
    private static void zip64Sizes(ByteBuffer directory, int start, int length, long[] sizes) {
        int position = start;
        while (position + 4 <= start + length) {
            int id = directory.getShort(position) & 0xFFFF;
            int size = directory.getShort(position + 2) & 0xFFFF;
            if (id == 0x0001) {
                int field = position + 4;
                int[] order = {1, 0, 2};
                for (int which : order) {
                    if (sizes[which] == 0xFFFFFFFFL && field + 8 <= position + 4 + size) {
                        sizes[which] = directory.getLong(field);
                        field += 8;
                    }
                }
            }
            position += 4 + size;
        }
    }

    static ByteBuffer readAt(FileChannel channel, long offset, int length) throws IOException, PacketVerificationException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new PacketVerificationException("ZIP ends at byte " + (offset + buffer.position())
                        + " inside a structure (truncated)");
            }
        }
        return buffer.flip();
    }
}
