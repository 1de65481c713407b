import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/**
 * Build step of the app image: copies the shaded app jar without the entries that only serve
 * other platforms or nothing at run time, and without the debug attributes of third-party
 * classes (the same attributes jlink's --strip-debug drops from the runtime's own classes).
 * Evidex's own classes keep theirs, so its stack traces keep line numbers.
 *
 * <p>Run with the JDK's source launcher: {@code java -cp asm.jar AppJarTrimmer.java IN OUT
 * EXCLUDES KEEP_DEBUG}, where EXCLUDES is a comma-separated list of globs over entry names
 * ({@code *} within one path segment, {@code **} across segments) and KEEP_DEBUG a
 * comma-separated list of entry-name prefixes whose classes keep their debug attributes.
 * Exit code 0 on success, 2 on bad arguments or an unreadable input.
 */
public final class AppJarTrimmer {
    private final List<Pattern> excludes;
    private final List<String> keepDebugPrefixes;
    private long entriesRead;
    private long entriesExcluded;
    private long classesStripped;

    private AppJarTrimmer(List<Pattern> excludes, List<String> keepDebugPrefixes) {
        this.excludes = List.copyOf(excludes);
        this.keepDebugPrefixes = List.copyOf(keepDebugPrefixes);
    }

    public static void main(String[] arguments) {
        if (arguments.length != 4) {
            System.err.println("usage: AppJarTrimmer IN.jar OUT.jar EXCLUDE_GLOBS KEEP_DEBUG_PREFIXES");
            System.exit(2);
        }
        Path input = Path.of(arguments[0]);
        Path output = Path.of(arguments[1]);
        AppJarTrimmer trimmer = new AppJarTrimmer(
                split(arguments[2]).stream().map(AppJarTrimmer::globToPattern).collect(Collectors.toList()),
                split(arguments[3]));
        try {
            trimmer.trim(input, output);
        } catch (IOException | RuntimeException failure) {
            System.err.println("cannot trim " + input + ": " + failure);
            System.exit(2);
        }
        System.out.printf("%s: %d entries, %d left out, %d classes without debug attributes, %,d -> %,d bytes%n",
                output.getFileName(), trimmer.entriesRead, trimmer.entriesExcluded, trimmer.classesStripped,
                size(input), size(output));
    }

    private void trim(Path input, Path output) throws IOException {
        // Written next to the target and moved at the end: a failed run never leaves half a jar.
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(input)));
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entriesRead++;
                if (isExcluded(entry.getName())) {
                    entriesExcluded++;
                    continue;
                }
                copy(entry, in, out);
            }
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void copy(ZipEntry entry, InputStream in, OutputStream out) throws IOException {
        ZipEntry copied = new ZipEntry(entry.getName());
        copied.setTime(entry.getTime());
        ((ZipOutputStream) out).putNextEntry(copied);
        if (!entry.isDirectory()) {
            byte[] bytes = in.readAllBytes();
            out.write(stripsDebug(entry.getName()) ? withoutDebugAttributes(bytes) : bytes);
        }
        ((ZipOutputStream) out).closeEntry();
    }

    private boolean stripsDebug(String name) {
        return name.endsWith(".class")
                && !name.endsWith("module-info.class")
                && keepDebugPrefixes.stream().noneMatch(name::startsWith);
    }

    private byte[] withoutDebugAttributes(byte[] classFile) {
        classesStripped++;
        ClassReader reader = new ClassReader(classFile);
        // No code changes, so the existing stack map frames stay valid: nothing is recomputed.
        ClassWriter writer = new ClassWriter(0);
        reader.accept(writer, ClassReader.SKIP_DEBUG);
        return writer.toByteArray();
    }

    private boolean isExcluded(String name) {
        return excludes.stream().anyMatch(pattern -> pattern.matcher(name).matches());
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(item -> !item.isEmpty())
                .collect(Collectors.toList());
    }

    private static Pattern globToPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int index = 0; index < glob.length(); index++) {
            char character = glob.charAt(index);
            if (character == '*' && index + 1 < glob.length() && glob.charAt(index + 1) == '*') {
                regex.append(".*");
                index++;
            } else if (character == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(character)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            return -1;
        }
    }
}
