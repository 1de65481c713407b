package dev.evidex.verification.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a ZIP whose bytes depend only on the entries and one time: entries sorted by path, every
 * timestamp the packet's creation time in UTC (stored as DOS local time without a zone, so the
 * machine's time zone does not leak in), no extra fields (but ZIP64 where sizes require it), no
 * comment, no directory entries, deflate at a fixed level (1), or stored when deflating does not
 * make an entry smaller (already-compressed content). Entries are compressed on every core
 * ({@link ZipMember}) and written in order, so parallelism does not change a byte.
 */
final class DeterministicZip {
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int VERSION = 20;
    private static final int VERSION_ZIP64 = 45;
    /** Names are printable ASCII (packet-format.md section 1); the flag says UTF-8 as the JDK's writer did. */
    private static final int FLAG_UTF8 = 0x0800;
    private static final long MAX_32 = 0xFFFFFFFFL;
    private static final int MAX_16 = 0xFFFF;

    private DeterministicZip() {}

    /** One file of the ZIP. */
    record File(String path, byte[] bytes) {}

    static void write(List<File> files, Instant time, OutputStream out) throws IOException, PacketVerificationException {
        List<File> sorted = files.stream().sorted(Comparator.comparing(File::path)).toList();
        Set<String> seen = new HashSet<>();
        for (File file : sorted) {
            if (!seen.add(file.path())) {
                throw new IllegalArgumentException("two packet entries named " + file.path());
            }
        }
        int dosTime = dosTime(time);
        List<ZipMember> members = ParallelWork.map(sorted, ParallelWork.threads(), file -> ZipMember.of(file.path(), file.bytes()));
        Counting counting = new Counting(out);
        List<Long> offsets = new ArrayList<>(members.size());
        for (ZipMember member : members) {
            offsets.add(counting.count);
            counting.write(localHeader(member, dosTime));
            counting.write(member.data(), 0, member.dataLength());
        }
        long directoryOffset = counting.count;
        for (int i = 0; i < members.size(); i++) {
            counting.write(centralHeader(members.get(i), dosTime, offsets.get(i)));
        }
        long directorySize = counting.count - directoryOffset;
        writeEnd(counting, members.size(), directoryOffset, directorySize);
        counting.flush();
    }

    private static byte[] localHeader(ZipMember member, int dosTime) {
        byte[] name = member.path().getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = buffer(30 + name.length);
        header.putInt(LOCAL_SIGNATURE).putShort((short) VERSION).putShort((short) FLAG_UTF8)
                .putShort((short) member.method()).putInt(dosTime).putInt((int) member.crc())
                .putInt(member.dataLength()).putInt(member.size()).putShort((short) name.length).putShort((short) 0)
                .put(name);
        return header.array();
    }

    private static byte[] centralHeader(ZipMember member, int dosTime, long offset) {
        byte[] name = member.path().getBytes(StandardCharsets.UTF_8);
        boolean zip64 = offset >= MAX_32;
        ByteBuffer header = buffer(46 + name.length + (zip64 ? 12 : 0));
        header.putInt(CENTRAL_SIGNATURE).putShort((short) VERSION).putShort((short) (zip64 ? VERSION_ZIP64 : VERSION))
                .putShort((short) FLAG_UTF8).putShort((short) member.method()).putInt(dosTime).putInt((int) member.crc())
                .putInt(member.dataLength()).putInt(member.size()).putShort((short) name.length)
                .putShort((short) (zip64 ? 12 : 0)).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putInt(0).putInt((int) (zip64 ? MAX_32 : offset)).put(name);
        if (zip64) {
            header.putShort((short) 0x0001).putShort((short) 8).putLong(offset);
        }
        return header.array();
    }

    private static void writeEnd(Counting out, int count, long directoryOffset, long directorySize) throws IOException {
        boolean zip64 = count >= MAX_16 || directoryOffset >= MAX_32 || directorySize >= MAX_32;
        if (zip64) {
            long recordOffset = out.count;
            ByteBuffer record = buffer(56);
            record.putInt(ZIP64_END_SIGNATURE).putLong(44).putShort((short) VERSION_ZIP64).putShort((short) VERSION_ZIP64)
                    .putInt(0).putInt(0).putLong(count).putLong(count).putLong(directorySize).putLong(directoryOffset);
            out.write(record.array());
            ByteBuffer locator = buffer(20);
            locator.putInt(ZIP64_LOCATOR_SIGNATURE).putInt(0).putLong(recordOffset).putInt(1);
            out.write(locator.array());
        }
        ByteBuffer end = buffer(22);
        end.putInt(END_SIGNATURE).putShort((short) 0).putShort((short) 0)
                .putShort((short) Math.min(count, MAX_16)).putShort((short) Math.min(count, MAX_16))
                .putInt((int) Math.min(directorySize, MAX_32)).putInt((int) Math.min(directoryOffset, MAX_32))
                .putShort((short) 0);
        out.write(end.array());
    }

    /** DOS date and time of {@code time} in UTC, truncated to seconds (DOS keeps even seconds). */
    static int dosTime(Instant time) {
        LocalDateTime local = LocalDateTime.ofInstant(time.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        if (local.getYear() < 1980 || local.getYear() > 2107) {
            throw new IllegalArgumentException("packet time " + time + " cannot be stored as a ZIP (DOS) time");
        }
        return (local.getYear() - 1980) << 25 | local.getMonthValue() << 21 | local.getDayOfMonth() << 16
                | local.getHour() << 11 | local.getMinute() << 5 | local.getSecond() >> 1;
    }

    private static ByteBuffer buffer(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Buffers (one system call per 1 MiB, not per header field) and counts what is written, for offsets. */
    private static final class Counting extends java.io.BufferedOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out, 1 << 20);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            super.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            write(bytes, 0, bytes.length);
        }
    }
}
