package dev.evidex.verification.packet.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIPs byte by byte, including what {@code ZipOutputStream} refuses to write: duplicate
 * names, unix modes and symlinks, sizes that lie, encrypted flags.
 */
final class HostileZip {
    private final List<Entry> entries = new ArrayList<>();

    /** One entry; {@code declaredSize} overrides the real uncompressed size in both headers. */
    record Entry(String name, byte[] data, boolean deflate, long declaredSize, int host, long externalAttributes, int flags) {}

    HostileZip add(String name, byte[] data) {
        return add(new Entry(name, data, true, data.length, 0, 0, 0));
    }

    HostileZip add(Entry entry) {
        entries.add(entry);
        return this;
    }

    static Entry plain(String name, byte[] data) {
        return new Entry(name, data, true, data.length, 0, 0, 0);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            byte[] name = entry.name().getBytes(StandardCharsets.UTF_8);
            byte[] stored = entry.deflate() ? deflate(entry.data()) : entry.data();
            CRC32 crc = new CRC32();
            crc.update(entry.data());
            int offset = out.size();
            ByteBuffer local = buffer(30);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) entry.flags())
                    .putShort((short) (entry.deflate() ? 8 : 0)).putInt(0).putInt((int) crc.getValue())
                    .putInt(stored.length).putInt((int) entry.declaredSize()).putShort((short) name.length).putShort((short) 0);
            out.writeBytes(local.array());
            out.writeBytes(name);
            out.writeBytes(stored);
            ByteBuffer central = buffer(46);
            central.putInt(0x02014b50).putShort((short) ((entry.host() << 8) | 20)).putShort((short) 20)
                    .putShort((short) entry.flags()).putShort((short) (entry.deflate() ? 8 : 0)).putInt(0)
                    .putInt((int) crc.getValue()).putInt(stored.length).putInt((int) entry.declaredSize())
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt((int) entry.externalAttributes()).putInt(offset);
            directory.writeBytes(central.array());
            directory.writeBytes(name);
        }
        int directoryOffset = out.size();
        out.writeBytes(directory.toByteArray());
        ByteBuffer end = buffer(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(directory.size()).putInt(directoryOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return out.toByteArray();
    }
}
