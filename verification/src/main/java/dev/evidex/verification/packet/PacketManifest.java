package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The signed table of contents of a packet ({@code manifest.json}, JCS canonical JSON). */
public final class PacketManifest {
    private final String packetId;
    private final Instant created;
    private final String toolVersion;
    private final ExporterIdentity exporter;
    private final Assessment assessment;
    private final List<ManifestEntry> entries;
    /** Lookups by path and role: a packet lists tens of thousands of entries and each is looked up. */
    private final Map<String, ManifestEntry> byPath;
    private final Map<EntryRole, List<ManifestEntry>> byRole;

    public PacketManifest(String packetId, Instant created, String toolVersion, ExporterIdentity exporter,
            Assessment assessment, List<ManifestEntry> entries) {
        this.packetId = requireNonNull(packetId, "packetId is null");
        this.created = requireNonNull(created, "created is null");
        this.toolVersion = requireNonNull(toolVersion, "toolVersion is null");
        this.exporter = requireNonNull(exporter, "exporter is null");
        this.assessment = requireNonNull(assessment, "assessment is null");
        this.entries = entries.stream().sorted(Comparator.comparing(ManifestEntry::path)).toList();
        Map<String, ManifestEntry> paths = new HashMap<>();
        Map<EntryRole, List<ManifestEntry>> roles = new EnumMap<>(EntryRole.class);
        for (ManifestEntry entry : this.entries) {
            paths.putIfAbsent(entry.path(), entry);
            roles.computeIfAbsent(entry.role(), role -> new ArrayList<>()).add(entry);
        }
        this.byPath = paths;
        roles.replaceAll((role, list) -> List.copyOf(list));
        this.byRole = roles;
    }

    public String packetId() {
        return packetId;
    }

    public Instant created() {
        return created;
    }

    public String toolVersion() {
        return toolVersion;
    }

    public ExporterIdentity exporter() {
        return exporter;
    }

    public Assessment assessment() {
        return assessment;
    }

    public List<ManifestEntry> entries() {
        return entries;
    }

    /** A packet id derived from what the packet holds, so the same inputs give the same id. */
    public static String deriveId(Instant created, List<ManifestEntry> entries) {
        MessageDigest digest = Hashes.sha256();
        digest.update(created.toString().getBytes(StandardCharsets.UTF_8));
        entries.stream().sorted(Comparator.comparing(ManifestEntry::path)).forEach(entry -> {
            digest.update(("\n" + entry.path() + " " + entry.sha256()).getBytes(StandardCharsets.UTF_8));
        });
        return "pkt-" + Hashes.hex(digest.digest()).substring(0, 32);
    }

    public Optional<ManifestEntry> entry(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public List<ManifestEntry> entries(EntryRole role) {
        return byRole.getOrDefault(role, List.of());
    }

    public byte[] toCanonicalJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("format", PacketFormat.FORMAT);
        node.put("format_version", PacketFormat.VERSION);
        node.put("packet_id", packetId);
        node.put("created", created.toString());
        ObjectNode tool = node.putObject("tool");
        tool.put("name", "evidex");
        tool.put("version", toolVersion);
        ObjectNode exporterNode = node.putObject("exporter");
        exporterNode.put("principal", exporter.principal());
        exporterNode.put("source", exporter.source());
        exporterNode.put("key_id", exporter.keyId());
        ObjectNode assessmentNode = node.putObject("assessment");
        assessmentNode.put("organisation", assessment.organisation());
        assessmentNode.put("type", assessment.type().label());
        ArrayNode scope = assessmentNode.putArray("scope");
        assessment.scope().forEach(scope::add);
        ObjectNode period = assessmentNode.putObject("period");
        period.put("from", assessment.periodFrom().toString());
        period.put("to", assessment.periodTo().toString());
        ArrayNode list = node.putArray("entries");
        for (ManifestEntry entry : entries) {
            ObjectNode item = list.addObject();
            item.put("path", entry.path());
            item.put("role", entry.role().label());
            item.put("size", entry.size());
            item.put("sha256", entry.sha256());
        }
        return CanonicalJson.bytes(node);
    }

    /** Parses and checks the shape of a manifest (never its signature: that is the verifier's). */
    public static PacketManifest parse(byte[] bytes) throws PacketVerificationException {
        return ManifestParser.parse(bytes);
    }
}
