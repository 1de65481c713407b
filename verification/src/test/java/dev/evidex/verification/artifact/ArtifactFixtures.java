package dev.evidex.verification.artifact;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

/** The shared real-world fixtures ({@code evidex.fixtures}); tests skip visibly when a folder is absent. */
public final class ArtifactFixtures {
    private ArtifactFixtures() {}

    public static Path folder(String name) {
        String root = System.getProperty("evidex.fixtures", "../../shared/fixtures");
        Path folder = Path.of(root, name);
        assumeTrue(Files.isDirectory(folder), "fixture folder " + folder.toAbsolutePath()
                + " is absent: interoperability cases skipped");
        return folder;
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    public static PublicKey key(Path pem) {
        try {
            return PublicKeys.parsePem(text(pem));
        } catch (KeyFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
