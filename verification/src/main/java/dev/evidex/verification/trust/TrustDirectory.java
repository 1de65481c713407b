package dev.evidex.verification.trust;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.BoundedFiles;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a trust directory: {@code keys/*.json} (key archive entries), {@code identities.json}
 * and {@code roots/*.json} (Sigstore trusted roots). Every file is bounded and checked; a
 * malformed entry fails the whole configuration rather than being skipped.
 */
public final class TrustDirectory {
    private TrustDirectory() {}

    public static TrustConfiguration read(Path directory) throws TrustConfigurationException {
        if (!Files.isDirectory(directory)) {
            throw new TrustConfigurationException("trust directory " + directory + " does not exist");
        }
        List<TrustedKey> keys = new ArrayList<>();
        for (Path file : jsonFiles(directory.resolve("keys"))) {
            keys.add(key(file, json(file)));
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

    private static TrustedKey key(Path file, JsonNode entry) throws TrustConfigurationException {
        PublicKey publicKey;
        try {
            publicKey = PublicKeys.parsePem(required(entry, "public_key", file));
        } catch (KeyFormatException e) {
            throw new TrustConfigurationException(file + ": public_key: " + e.getMessage(), e);
        }
        String keyId = PublicKeys.keyId(publicKey);
        if (entry.has("key_id") && !keyId.equals(entry.path("key_id").asText())) {
            throw new TrustConfigurationException(file + ": key_id " + entry.path("key_id").asText()
                    + " is not the fingerprint of public_key (" + keyId + ")");
        }
        return new TrustedKey(keyId, publicKey, purposes(entry, file), time(entry, "not_before", file).orElseThrow(
                () -> new TrustConfigurationException(file + ": not_before is required")),
                time(entry, "not_after", file), time(entry, "revoked_at", file));
    }

    private static Set<KeyPurpose> purposes(JsonNode entry, Path file) throws TrustConfigurationException {
        Set<KeyPurpose> purposes = EnumSet.noneOf(KeyPurpose.class);
        for (JsonNode purpose : entry.path("purposes")) {
            purposes.add(KeyPurpose.parse(purpose.asText()).orElseThrow(() -> new TrustConfigurationException(
                    file + ": unknown purpose '" + purpose.asText() + "'")));
        }
        if (purposes.isEmpty()) {
            throw new TrustConfigurationException(file + ": purposes must list at least one purpose");
        }
        return purposes;
    }

    private static Optional<Instant> time(JsonNode entry, String field, Path file) throws TrustConfigurationException {
        JsonNode value = entry.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            throw new TrustConfigurationException(file + ": " + field + " is not an RFC 3339 UTC time", e);
        }
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
