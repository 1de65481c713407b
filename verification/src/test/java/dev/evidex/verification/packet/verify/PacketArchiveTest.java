package dev.evidex.verification.packet.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.packet.PacketVerificationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile ZIPs are refused before anything is read from them, with a message naming the entry and the defect. */
class PacketArchiveTest {
    private static final byte[] TEXT = "hello".getBytes(StandardCharsets.US_ASCII);
    private static final long UNIX_REGULAR_FILE = 0100644L << 16;
    private static final long UNIX_SYMLINK = 0120777L << 16;

    @TempDir
    Path directory;

    static Stream<Arguments> hostileZips() {
        byte[] zeros = new byte[50 * 1024 * 1024];
        return Stream.of(
                Arguments.of("path-traversal", new HostileZip().add("../../etc/cron.d/evil", TEXT),
                        "ZIP entry '../../etc/cron.d/evil' contains '..' (path traversal)"),
                Arguments.of("traversal-inside-path", new HostileZip().add("queries/../../evil", TEXT),
                        "ZIP entry 'queries/../../evil' contains '..' (path traversal)"),
                Arguments.of("absolute-path", new HostileZip().add("/etc/passwd", TEXT), "ZIP entry '/etc/passwd' has an absolute path"),
                Arguments.of("drive-letter", new HostileZip().add("C:/Windows/evil.dll", TEXT),
                        "ZIP entry 'C:/Windows/evil.dll' has an absolute path"),
                Arguments.of("backslash", new HostileZip().add("queries\\..\\evil", TEXT), "ZIP entry 'queries\\..\\evil' contains a backslash"),
                Arguments.of("duplicate-name", new HostileZip().add("manifest.json", TEXT).add("manifest.json", TEXT),
                        "ZIP entry manifest.json appears twice (duplicate name)"),
                Arguments.of("symlink", new HostileZip().add(new HostileZip.Entry("report.html", "/etc/shadow".getBytes(StandardCharsets.US_ASCII),
                        false, 11, 3, UNIX_SYMLINK, 0)), "ZIP entry report.html is a symbolic link"),
                Arguments.of("unix-mode", new HostileZip().add(new HostileZip.Entry("run.sh", TEXT, true, TEXT.length, 3,
                        UNIX_REGULAR_FILE | (0755L << 16), 0)), "ZIP entry run.sh carries unix file modes (100755); packets hold plain files only"),
                Arguments.of("directory-entry", new HostileZip().add("queries/", new byte[0]), "ZIP entry 'queries/' is a directory entry"),
                Arguments.of("encrypted", new HostileZip().add(new HostileZip.Entry("a.txt", TEXT, false, TEXT.length, 0, 0, 1)),
                        "ZIP entry a.txt is encrypted"),
                Arguments.of("control-character", new HostileZip().add("a\nb.txt", TEXT),
                        "ZIP entry 'a?b.txt' contains a character outside printable ASCII (U+000A)"),
                Arguments.of("zip-bomb-ratio", new HostileZip().add("bomb.bin", zeros),
                        "ZIP entry bomb.bin declares a compression ratio above 200:1 (zip bomb?)"),
                Arguments.of("size-understated", new HostileZip().add(new HostileZip.Entry("lies.txt", new byte[4096], true, 100, 0, 0, 0)),
                        "ZIP entry lies.txt expands beyond the 100 bytes its directory declares"),
                Arguments.of("size-overstated", new HostileZip().add(new HostileZip.Entry("lies.txt", TEXT, false, 4096, 0, 0, 0)),
                        "ZIP entry lies.txt holds 5 bytes but its directory says 4096"),
                Arguments.of("not-a-zip", null, "not a complete ZIP file: no end of central directory (truncated?)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileZips")
    void hostileZipIsRefusedWithAPreciseMessage(String defect, HostileZip zip, String message) throws Exception {
        byte[] bytes = zip == null ? "PK not really a zip file at all, just text".getBytes(StandardCharsets.US_ASCII) : zip.bytes();
        Path file = Files.write(directory.resolve(defect + ".zip"), bytes);

        assertThatThrownBy(() -> {
            try (PacketArchive archive = PacketArchive.open(file, ArchiveLimits.defaults())) {
                for (String name : archive.names()) {
                    archive.read(name);
                }
            }
        }).isInstanceOf(PacketVerificationException.class).hasMessage(message);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void entryCountAndTotalSizeAreLimited() throws Exception {
        Path file = Files.write(directory.resolve("many.zip"),
                new HostileZip().add("a", TEXT).add("b", TEXT).add("c", new byte[100]).bytes());

        assertThatThrownBy(() -> PacketArchive.open(file, new ArchiveLimits(2, 1000, 1000, 100)))
                .hasMessage("ZIP has 3 entries, more than the 2 allowed");
        assertThatThrownBy(() -> PacketArchive.open(file, new ArchiveLimits(10, 100, 100, 100)))
                .hasMessage("ZIP entries expand to more than the 100 bytes allowed in total");
        assertThatThrownBy(() -> PacketArchive.open(file, new ArchiveLimits(10, 50, 1000, 100)))
                .hasMessage("ZIP entry c declares 100 bytes, more than the 50 allowed for one entry");
    }

    @Test
    void corruptedDataFailsItsCrc() throws Exception {
        byte[] bytes = new HostileZip().add(new HostileZip.Entry("a.txt", TEXT, false, TEXT.length, 0, 0, 0)).bytes();
        bytes[30 + "a.txt".length()] ^= 1;
        Path file = Files.write(directory.resolve("crc.zip"), bytes);

        try (PacketArchive archive = PacketArchive.open(file, ArchiveLimits.defaults())) {
            assertThatThrownBy(() -> archive.read("a.txt")).hasMessage("ZIP entry a.txt fails its CRC-32 check (corrupted)");
        }
    }

    @Test
    void wellFormedZipReadsBack() throws Exception {
        Path file = Files.write(directory.resolve("ok.zip"), new HostileZip().add("queries/q/result.csv", TEXT).bytes());

        try (PacketArchive archive = PacketArchive.open(file, ArchiveLimits.defaults())) {
            assertThat(archive.read("queries/q/result.csv")).isEqualTo(TEXT);
        }
    }
}
