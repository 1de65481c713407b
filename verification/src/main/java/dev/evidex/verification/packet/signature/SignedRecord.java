package dev.evidex.verification.packet.signature;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A record that carries signature evidence, as the collector's {@code sign} command (and the demo)
 * write it: the image {@code digest}, its {@code time}, the {@code artifacts} with their roles, and
 * in {@code detail.verified_with} the key ids it was verified with at ingest.
 */
public record SignedRecord(String name, JsonNode record) {
    /** Roles that make a record's signature re-checkable (or show that it would be). */
    public static final Set<String> SIGNATURE_ROLES = Set.of("signature", "signature-payload", "dsse-envelope",
            "sigstore-bundle");

    public SignedRecord {
        requireNonNull(name, "name is null");
        requireNonNull(record, "record is null");
    }

    public static SignedRecord parse(String name, byte[] line) throws IOException {
        return new SignedRecord(name, Json.mapper().readTree(line));
    }

    /** The digests of the record's artifacts with {@code role} (and, when given, media type), in record order. */
    public List<String> artifacts(String role, Optional<String> mediaType) {
        java.util.ArrayList<String> digests = new java.util.ArrayList<>();
        for (JsonNode artifact : record.path("artifacts")) {
            if (artifact.path("role").asText().equals(role)
                    && mediaType.map(type -> type.equals(artifact.path("media_type").asText())).orElse(true)) {
                digests.add(artifact.path("digest").asText());
            }
        }
        return digests;
    }

    public Optional<String> imageDigest() {
        String digest = record.path("digest").asText("");
        return digest.startsWith("sha256:") ? Optional.of(digest) : Optional.empty();
    }

    public Optional<Instant> time() {
        try {
            return Optional.of(Instant.parse(record.path("time").asText("")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The Rekor key id the collector checked the transparency-log entry with, if any. */
    public Optional<String> rekorKeyId() {
        JsonNode key = record.path("detail").path("verified_with").path("rekor_key");
        return key.isTextual() ? Optional.of(key.asText()) : Optional.empty();
    }
}
