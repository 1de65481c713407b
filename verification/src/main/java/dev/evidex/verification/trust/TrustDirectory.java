package dev.evidex.verification.trust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.BoundedFiles;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyPurpose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
        List<TrustedIdentity> identities = new ArrayList<>();
        Path identityFile = directory.resolve("identities.json");
        if (Files.exists(identityFile)) {
            for (JsonNode identity : json(identityFile).path("identities")) {
                identities.add(new TrustedIdentity(required(identity, "subject_alternative_name", identityFile),
                        required(identity, "issuer", identityFile), purposes(identity, identityFile)));
            }
        }
        return new TrustConfiguration(keys, identities, jsonFiles(directory.resolve("roots")));
    }

    private static KeyArchiveEntry key(Path file) throws TrustConfigurationException {
        try {
            return KeyArchiveEntry.parse(BoundedFiles.readDocument(file, "trust file"));
        } catch (KeyFormatException | IOException e) {
            throw new TrustConfigurationException(file + ": " + e.getMessage(), e);
        }
    }

    private static Set<KeyPurpose> purposes(JsonNode entry, Path file) throws TrustConfigurationException {
        Set<KeyPurpose> purposes = EnumSet.noneOf(KeyPurpose.class);
        for (JsonNode purpose : entry.path("purposes")) {
            try {
                purposes.add(KeyPurpose.fromLabel(purpose.asText()));
            } catch (KeyFormatException e) {
                throw new TrustConfigurationException(file + ": " + e.getMessage(), e);
            }
        }
        if (purposes.isEmpty()) {
            throw new TrustConfigurationException(file + ": purposes must list at least one purpose");
        }
        return purposes;
    }

    private static String required(JsonNode entry, String field, Path file) throws TrustConfigurationException {
        if (!entry.path(field).isTextual() || entry.path(field).asText().isBlank()) {
            throw new TrustConfigurationException(file + ": " + field + " is required");
        }
        return entry.path(field).asText();
    }

    private static JsonNode json(Path file) throws TrustConfigurationException {
        try {
            return Json.mapper().readTree(BoundedFiles.readDocument(file, "trust file"));
        } catch (IOException e) {
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
