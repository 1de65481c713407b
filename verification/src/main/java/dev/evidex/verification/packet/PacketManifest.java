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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The signed table of contents of a packet ({@code manifest.json}, JCS canonical JSON). */
public record PacketManifest(String packetId, Instant created, String toolVersion, ExporterIdentity exporter,
        Assessment assessment, List<ManifestEntry> entries) {

    public PacketManifest {
        requireNonNull(packetId, "packetId is null");
        requireNonNull(created, "created is null");
        requireNonNull(toolVersion, "toolVersion is null");
        requireNonNull(exporter, "exporter is null");
        requireNonNull(assessment, "assessment is null");
        entries = entries.stream().sorted(Comparator.comparing(ManifestEntry::path)).toList();
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
        return entries.stream().filter(entry -> entry.path().equals(path)).findFirst();
    }

    public List<ManifestEntry> entries(EntryRole role) {
        return entries.stream().filter(entry -> entry.role() == role).toList();
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
