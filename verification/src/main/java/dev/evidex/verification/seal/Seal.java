package dev.evidex.verification.seal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A seal: the signed checkpoint of one batch of a log (evidence format section 5). */
public record Seal(
        String log,
        long batch,
        long treeSize,
        long recordCount,
        String root,
        String batchObject,
        String batchSha256,
        Optional<String> previousSealSha256,
        Instant time,
        String keyId,
        List<String> frontier,
        String note) {

    public static final int SCHEMA_VERSION = 1;
    /** Seals are small; anything larger is not a seal. */
    public static final int MAX_BYTES = 64 * 1024;

    public Seal {
        requireNonNull(log, "log is null");
        requireNonNull(root, "root is null");
        requireNonNull(batchObject, "batchObject is null");
        requireNonNull(batchSha256, "batchSha256 is null");
        requireNonNull(previousSealSha256, "previousSealSha256 is null");
        requireNonNull(time, "time is null");
        requireNonNull(keyId, "keyId is null");
        frontier = List.copyOf(requireNonNull(frontier, "frontier is null"));
        requireNonNull(note, "note is null");
    }

    public byte[] toCanonicalJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("schema_version", SCHEMA_VERSION);
        node.put("log", log);
        node.put("batch", batch);
        node.put("tree_size", treeSize);
        node.put("record_count", recordCount);
        node.put("root", root);
        node.put("batch_object", batchObject);
        node.put("batch_sha256", batchSha256);
        if (previousSealSha256.isPresent()) {
            node.put("previous_seal_sha256", previousSealSha256.get());
        } else {
            node.putNull("previous_seal_sha256");
        }
        node.put("time", time.toString());
        node.put("key_id", keyId);
        ArrayNode array = node.putArray("frontier");
        frontier.forEach(array::add);
        node.put("note", note);
        return CanonicalJson.bytes(node);
    }

    /** Parses a seal file; checks shape and types only (signature checks are {@link SealVerifier}'s). */
    public static Seal parse(byte[] bytes) throws SealException {
        if (bytes.length > MAX_BYTES) {
            throw new SealException("seal is " + bytes.length + " bytes, more than the " + MAX_BYTES + " allowed");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw new SealException("seal is not valid JSON: " + Json.describe(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new SealException("seal must be a JSON object");
        }
        long version = number(node, "schema_version");
        if (version != SCHEMA_VERSION) {
            throw new SealException("seal schema_version " + version + " is not supported (expected " + SCHEMA_VERSION + ")");
        }
        JsonNode previous = node.get("previous_seal_sha256");
        List<String> frontier = new ArrayList<>();
        for (JsonNode hash : node.path("frontier")) {
            frontier.add(hash.asText());
        }
        return new Seal(text(node, "log"), number(node, "batch"), number(node, "tree_size"),
                number(node, "record_count"), text(node, "root"), text(node, "batch_object"),
                text(node, "batch_sha256"),
                previous == null || previous.isNull() ? Optional.empty() : Optional.of(text(node, "previous_seal_sha256")),
                time(node), text(node, "key_id"), frontier, text(node, "note"));
    }

    private static String text(JsonNode node, String field) throws SealException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new SealException("seal field '" + field + "' is missing or not a string");
        }
        return value.textValue();
    }

    private static long number(JsonNode node, String field) throws SealException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() < 0) {
            throw new SealException("seal field '" + field + "' is missing or not a non-negative integer");
        }
        return value.longValue();
    }

    private static Instant time(JsonNode node) throws SealException {
        String value = text(node, "time");
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new SealException("seal time is not RFC 3339: " + value, e);
        }
    }
}
