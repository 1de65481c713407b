package dev.evidex.verification.packet.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.packet.EntryRole;
import dev.evidex.verification.packet.PacketEntry;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.ParallelWork;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The artifacts the exported records reference, each checked against its digest at export time. */
final class ArtifactCollector {
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final byte[] ARTIFACTS_FIELD = "\"artifacts\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final long MAX_ARTIFACT_BYTES = 256L * 1024 * 1024;

    private ArtifactCollector() {}

    /** The artifact entries and, last, their index ({@code evidence/artifacts.json}); the store keys they were read from. */
    record Result(List<PacketEntry> entries, int count, List<String> storeKeys) {}

    static Result collect(ObjectStore store, List<LogEvidence> logs) throws IOException, PacketVerificationException {
        Map<String, ObjectNode> index = new TreeMap<>();
        for (LogEvidence log : logs) {
            for (byte[] line : log.lines()) {
                references(line, log.log(), index);
            }
        }
        // Tens of thousands of small objects: read and hashed on every core, kept in digest order.
        List<PacketEntry> entries = new ArrayList<>(ParallelWork.map(List.copyOf(index.entrySet()), ParallelWork.threads(),
                artifact -> read(store, artifact.getKey(), artifact.getValue())));
        for (ObjectNode artifact : index.values()) {
            ObjectNode check = artifact.putArray("checks").addObject();
            check.put("check", "digest");
            check.put("result", "verified");
            check.put("detail", "the bytes hash to the digest the records reference");
        }
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("schema_version", 1);
        ArrayNode list = root.putArray("artifacts");
        index.values().forEach(list::add);
        entries.add(new PacketEntry(PacketFormat.ARTIFACT_INDEX, EntryRole.ARTIFACT_INDEX, CanonicalJson.bytes(root)));
        List<String> storeKeys = index.keySet().stream().map(digest -> StoreKeys.artifact(digest.substring("sha256:".length())))
                .toList();
        return new Result(entries, index.size(), storeKeys);
    }

    private static PacketEntry read(ObjectStore store, String digest, ObjectNode artifact)
            throws IOException, PacketVerificationException {
        String hex = digest.substring("sha256:".length());
        byte[] bytes = store.read(StoreKeys.artifact(hex), MAX_ARTIFACT_BYTES).orElseThrow(() ->
                new PacketVerificationException("artifact " + digest + " referenced by record "
                        + artifact.path("referenced_by").path(0).asText() + " is missing from the store"));
        PacketEntry entry = new PacketEntry(PacketFormat.ARTIFACTS + hex, EntryRole.ARTIFACT, bytes);
        if (!entry.listing().sha256().equals(hex)) {
            throw new PacketVerificationException("artifact " + digest + " in the store does not match its digest");
        }
        synchronized (artifact) {
            artifact.put("size", bytes.length);
        }
        return entry;
    }

    private static void references(byte[] line, String log, Map<String, ObjectNode> index) throws IOException {
        // Most records reference no artifact; a byte scan spares parsing them.
        if (!contains(line, ARTIFACTS_FIELD)) {
            return;
        }
        RecordFields record = RecordFields.parse(line);
        for (JsonNode reference : record.artifacts()) {
            String digest = reference.path("digest").asText("");
            if (!DIGEST.matcher(digest).matches()) {
                continue;
            }
            ObjectNode artifact = index.computeIfAbsent(digest, key -> {
                ObjectNode node = Json.mapper().createObjectNode();
                node.put("digest", key);
                node.putArray("roles");
                node.putArray("referenced_by");
                return node;
            });
            addDistinct((ArrayNode) artifact.get("roles"), reference.path("role").asText("raw"));
            if (reference.hasNonNull("media_type") && !artifact.has("media_type")) {
                artifact.put("media_type", reference.get("media_type").asText());
            }
            ((ArrayNode) artifact.get("referenced_by")).add(log + "#" + record.index());
        }
    }

    private static boolean contains(byte[] line, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= line.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (line[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void addDistinct(ArrayNode array, String value) {
        for (JsonNode existing : array) {
            if (existing.asText().equals(value)) {
                return;
            }
        }
        array.add(value);
    }
}
