package dev.evidex.collector.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared real tool outputs ({@code evidex.fixtures}); tests skip with a reason when absent. */
public final class Fixtures {
    private Fixtures() {}

    public static Path root() {
        String property = System.getProperty("evidex.fixtures", "../../shared/fixtures");
        Path root = Path.of(property);
        assumeTrue(Files.isDirectory(root), "shared fixtures not found at " + root.toAbsolutePath()
                + " (set -Devidex.fixtures)");
        return root;
    }

    public static Path file(String relative) {
        Path file = root().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "fixture missing: " + file);
        return file;
    }

    /** Every file of a fixture folder whose name ends with {@code suffix}, sorted. */
    public static List<Path> files(String folder, String suffix) {
        Path directory = Path.of(System.getProperty("evidex.fixtures", "../../shared/fixtures")).resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
