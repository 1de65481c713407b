package dev.evidex.verification.trust;

import dev.evidex.verification.artifact.BoundedFiles;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyArchiveEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a trust directory: {@code keys/*.json} (key archive entries, evidence format section 6), {@code identities.json}
 * and {@code roots/*.json} (Sigstore trusted roots). Every file is bounded and checked; a
 * malformed entry fails the whole configuration rather than being skipped.
 */
public final class TrustDirectory {
    private TrustDirectory() {}

    public static TrustConfiguration read(Path directory) throws TrustConfigurationException {
        if (!Files.isDirectory(directory)) {
            throw new TrustConfigurationException("trust directory " + directory + " does not exist");
        }
        List<KeyArchiveEntry> keys = new ArrayList<>();
        for (Path file : jsonFiles(directory.resolve("keys"))) {
            keys.add(key(file));
        }
        Path identityFile = directory.resolve("identities.json");
        List<TrustedIdentity> identities = Files.exists(identityFile) ? TrustedIdentities.read(identityFile) : List.of();
        return new TrustConfiguration(keys, identities, jsonFiles(directory.resolve("roots")));
    }

    private static KeyArchiveEntry key(Path file) throws TrustConfigurationException {
        try {
            return KeyArchiveEntry.parse(BoundedFiles.readDocument(file, "trust file"));
        } catch (KeyFormatException | IOException e) {
            throw new TrustConfigurationException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> jsonFiles(Path folder) throws TrustConfigurationException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new TrustConfigurationException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
