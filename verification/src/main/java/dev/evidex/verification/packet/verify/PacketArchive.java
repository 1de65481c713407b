package dev.evidex.verification.packet.verify;

import dev.evidex.verification.packet.PacketVerificationException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A packet ZIP read defensively and in place: nothing is extracted to disk. Every entry is
 * checked before any is read (names, duplicates, links, unix modes, encryption, method, declared
 * sizes and ratios), and each read is bounded by the declared size, so an entry that lies about
 * its size or expands like a bomb is refused as soon as it does.
 */
public final class PacketArchive implements Closeable {
    private static final int LOCAL_SIGNATURE = 0x04034b50;

    private final FileChannel channel;
    private final ArchiveLimits limits;
    private final Map<String, CentralDirectory.Entry> entries;

    private PacketArchive(FileChannel channel, ArchiveLimits limits, Map<String, CentralDirectory.Entry> entries) {
        this.channel = channel;
        this.limits = limits;
        this.entries = entries;
    }

    public static PacketArchive open(Path file, ArchiveLimits limits) throws IOException, PacketVerificationException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            Map<String, CentralDirectory.Entry> entries = new LinkedHashMap<>();
            long total = 0;
            for (CentralDirectory.Entry entry : CentralDirectory.read(channel, limits)) {
                check(entry, limits);
                if (entries.put(entry.name(), entry) != null) {
                    throw new PacketVerificationException("ZIP entry " + entry.name() + " appears twice (duplicate name)");
                }
                total += entry.size();
                if (total > limits.maxTotalBytes()) {
                    throw new PacketVerificationException("ZIP entries expand to more than the "
                            + limits.maxTotalBytes() + " bytes allowed in total");
                }
            }
            return new PacketArchive(channel, limits, entries);
        } catch (IOException | PacketVerificationException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void check(CentralDirectory.Entry entry, ArchiveLimits limits) throws PacketVerificationException {
        String name = entry.name();
        var problem = EntryNames.problem(name);
        if (problem.isPresent()) {
            throw new PacketVerificationException("ZIP entry '" + printable(name) + "' " + problem.get());
        }
        if (entry.isSymbolicLink()) {
            throw new PacketVerificationException("ZIP entry " + name + " is a symbolic link");
        }
        if (entry.hasUnixMode()) {
            throw new PacketVerificationException("ZIP entry " + name + " carries unix file modes ("
                    + Long.toOctalString(entry.externalAttributes() >>> 16) + "); packets hold plain files only");
        }
        if ((entry.flags() & 1) != 0) {
            throw new PacketVerificationException("ZIP entry " + name + " is encrypted");
        }
        if (entry.method() != 0 && entry.method() != 8) {
            throw new PacketVerificationException("ZIP entry " + name + " uses compression method " + entry.method()
                    + " (only stored and deflated are read)");
        }
        if (entry.size() > limits.maxEntryBytes()) {
            throw new PacketVerificationException("ZIP entry " + name + " declares " + entry.size()
                    + " bytes, more than the " + limits.maxEntryBytes() + " allowed for one entry");
        }
        if (entry.size() > ArchiveLimits.RATIO_THRESHOLD && entry.size() > entry.compressedSize() * limits.maxRatio()) {
            throw new PacketVerificationException("ZIP entry " + name + " declares a compression ratio above "
                    + limits.maxRatio() + ":1 (zip bomb?)");
        }
    }

    private static String printable(String name) {
        return name.replaceAll("[^\\x21-\\x7E]", "?");
    }

    public Set<String> names() {
        return entries.keySet();
    }

    public boolean contains(String name) {
        return entries.containsKey(name);
    }

    /** Reads an entry, bounded by its declared size, checking its CRC and that it is exactly that size. */
    public byte[] read(String name) throws IOException, PacketVerificationException {
        CentralDirectory.Entry entry = entries.get(name);
        if (entry == null) {
            throw new PacketVerificationException("ZIP has no entry " + name);
        }
        long dataOffset = dataOffset(entry);
        if (dataOffset + entry.compressedSize() > channel.size()) {
            throw new PacketVerificationException("ZIP entry " + name + " runs past the end of the file (truncated)");
        }
        if (entry.compressedSize() > Integer.MAX_VALUE - 8) {
            throw new PacketVerificationException("ZIP entry " + name + " is too large to read");
        }
        ByteBuffer compressed = CentralDirectory.readAt(channel, dataOffset, (int) entry.compressedSize());
        byte[] bytes = entry.method() == 0 ? compressed.array() : inflate(entry, compressed.array());
        if (bytes.length != entry.size()) {
            throw new PacketVerificationException("ZIP entry " + name + " holds " + bytes.length
                    + " bytes but its directory says " + entry.size());
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (crc.getValue() != entry.crc()) {
            throw new PacketVerificationException("ZIP entry " + name + " fails its CRC-32 check (corrupted)");
        }
        return bytes;
    }

    private long dataOffset(CentralDirectory.Entry entry) throws IOException, PacketVerificationException {
        ByteBuffer header = CentralDirectory.readAt(channel, entry.localHeaderOffset(), 30);
        if (header.getInt(0) != LOCAL_SIGNATURE) {
            throw new PacketVerificationException("ZIP entry " + entry.name() + " has no local header where the directory points");
        }
        int nameLength = header.getShort(26) & 0xFFFF;
        int extraLength = header.getShort(28) & 0xFFFF;
        ByteBuffer name = CentralDirectory.readAt(channel, entry.localHeaderOffset() + 30, nameLength);
        if (!new String(name.array(), StandardCharsets.UTF_8).equals(entry.name())) {
            throw new PacketVerificationException("ZIP entry " + entry.name() + " has a different name in its local header");
        }
        return entry.localHeaderOffset() + 30 + nameLength + extraLength;
    }

    private byte[] inflate(CentralDirectory.Entry entry, byte[] compressed) throws PacketVerificationException {
        // One byte more than declared is enough to catch an entry that lies about its size.
        long bound = Math.min(entry.size() + 1, limits.maxEntryBytes() + 1);
        // Grow as data really arrives: a declared size is a claim, not a reason to allocate.
        byte[] out = new byte[(int) Math.min(bound, (long) compressed.length * 4 + 1024)];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(compressed);
            int length = 0;
            while (length < bound && !inflater.finished()) {
                if (length == out.length) {
                    out = java.util.Arrays.copyOf(out, (int) Math.min(bound, Math.min((long) out.length * 2, Integer.MAX_VALUE - 8)));
                }
                int read = inflater.inflate(out, length, out.length - length);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new PacketVerificationException("ZIP entry " + entry.name() + " ends inside its compressed data (truncated)");
                }
                length += read;
                if (length > ArchiveLimits.RATIO_THRESHOLD && length > (long) compressed.length * limits.maxRatio()) {
                    throw new PacketVerificationException("ZIP entry " + entry.name() + " expands more than "
                            + limits.maxRatio() + ":1 (zip bomb?)");
                }
            }
            if (length > entry.size()) {
                throw new PacketVerificationException("ZIP entry " + entry.name() + " expands beyond the "
                        + entry.size() + " bytes its directory declares");
            }
            return length == out.length ? out : java.util.Arrays.copyOf(out, length);
        } catch (DataFormatException e) {
            throw new PacketVerificationException("ZIP entry " + entry.name() + " has corrupt compressed data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    public List<String> sortedNames() {
        return entries.keySet().stream().sorted().toList();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
