package dev.evidex.verification.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a ZIP whose bytes depend only on the entries and one time: entries sorted by path, every
 * timestamp the packet's creation time in UTC (stored as DOS local time without a zone, so the
 * machine's time zone does not leak in), no extra fields, no comment, no directory entries,
 * deflate at a fixed level (1).
 */
final class DeterministicZip {
    /** Evidence is hex and JSON: the fastest level already shrinks it about threefold. */
    static final int LEVEL = Deflater.BEST_SPEED;

    private DeterministicZip() {}

    /** One file of the ZIP. */
    record File(String path, byte[] bytes) {}

    static void write(List<File> files, Instant time, OutputStream out) throws IOException {
        LocalDateTime timestamp = LocalDateTime.ofInstant(time.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
        Set<String> seen = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            zip.setLevel(LEVEL);
            for (File file : files.stream().sorted(Comparator.comparing(File::path)).toList()) {
                if (!seen.add(file.path())) {
                    throw new IllegalArgumentException("two packet entries named " + file.path());
                }
                ZipEntry entry = new ZipEntry(file.path());
                entry.setTimeLocal(timestamp);
                zip.putNextEntry(entry);
                zip.write(file.bytes());
                zip.closeEntry();
            }
        }
    }
}
