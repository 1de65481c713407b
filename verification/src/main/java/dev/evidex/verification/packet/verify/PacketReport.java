package dev.evidex.verification.packet.verify;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.packet.PacketManifest;
import dev.evidex.verification.packet.signature.SignatureResult;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcome of verifying a packet: what was checked, on whose trust, and every failure. */
public record PacketReport(String packet, PacketManifest manifest, boolean trustFromPacket, String trustSource,
        List<String> sealKeyIds, Map<PacketCheck, Long> checked, List<String> notes, List<PacketFinding> failures,
        List<SignatureResult> signatures, Duration elapsed) {

    public PacketReport {
        requireNonNull(packet, "packet is null");
        requireNonNull(manifest, "manifest is null");
        requireNonNull(trustSource, "trustSource is null");
        sealKeyIds = List.copyOf(sealKeyIds);
        checked = checked.isEmpty() ? Map.of() : new EnumMap<>(checked);
        notes = List.copyOf(notes);
        failures = List.copyOf(failures);
        signatures = List.copyOf(signatures);
        requireNonNull(elapsed, "elapsed is null");
    }

    public boolean verified() {
        return failures.isEmpty();
    }

    private long failures(PacketCheck check) {
        return failures.stream().filter(failure -> failure.check() == check).count();
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(verified() ? "VERIFIED" : "FAILED").append(": ").append(packet).append('\n');
        text.append("packet      ").append(manifest.packetId()).append(", created ").append(manifest.created())
                .append(" by ").append(manifest.exporter().principal()).append(" (").append(manifest.exporter().source()).append(")\n");
        text.append("assessment  ").append(manifest.assessment().organisation()).append(", HITRUST ")
                .append(manifest.assessment().type().label()).append(", period ").append(manifest.assessment().periodFrom())
                .append(" .. ").append(manifest.assessment().periodTo()).append('\n');
        if (trustFromPacket) {
            text.append("WARNING: no --trusted-keys given: trust was TAKEN FROM THE PACKET ITSELF.\n")
                    .append("         This proves the packet is intact, not who made it. Compare these fingerprints\n")
                    .append("         with the exporter and the evidence store operator out of band:\n");
        } else {
            text.append("trust       ").append(trustSource).append('\n');
        }
        text.append("exporter key  ").append(manifest.exporter().keyId()).append('\n');
        sealKeyIds.forEach(id -> text.append("seal key      ").append(id).append('\n'));
        text.append("checks:\n");
        checked.forEach((check, count) -> text.append(String.format(Locale.ROOT, "  %-4s %-19s %8d checked  %s%n",
                failures(check) == 0 ? "ok" : "FAIL", check.label(), count, check.description())));
        notes.forEach(note -> text.append("note: ").append(note).append('\n'));
        signatureSummary(text);
        if (!failures.isEmpty()) {
            text.append(failures.size()).append(failures.size() == 1 ? " failure:" : " failures:").append('\n');
            failures.forEach(failure -> text.append("  ").append(failure.describe()).append('\n'));
        }
        text.append(String.format(Locale.ROOT, "verified in %.2f s%n", elapsed.toMillis() / 1000.0));
        return text.toString();
    }

    /** Per status, how many carried signatures the re-check found so; the failing ones are also failures. */
    private void signatureSummary(StringBuilder text) {
        if (signatures.isEmpty()) {
            return;
        }
        Map<SignatureResult.Status, Long> counts = new EnumMap<>(SignatureResult.Status.class);
        signatures.forEach(result -> counts.merge(result.status(), 1L, Long::sum));
        text.append("signatures ");
        counts.forEach((status, count) -> text.append(' ').append(count).append(' ').append(status.label()));
        text.append('\n');
    }

    public ObjectNode toJson() {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("packet", packet);
        root.put("verified", verified());
        root.put("packet_id", manifest.packetId());
        root.put("created", manifest.created().toString());
        root.put("exporter", manifest.exporter().principal());
        root.put("exporter_source", manifest.exporter().source());
        root.put("exporter_key_id", manifest.exporter().keyId());
        root.put("trust_from_packet", trustFromPacket);
        root.put("trust_source", trustSource);
        sealKeyIds.forEach(root.putArray("seal_key_ids")::add);
        ArrayNode checks = root.putArray("checks");
        checked.forEach((check, count) -> checks.addObject().put("check", check.label()).put("checked", count)
                .put("failures", failures(check)).put("description", check.description()));
        notes.forEach(root.putArray("notes")::add);
        ArrayNode failureArray = root.putArray("failures");
        failures.forEach(failure -> failureArray.addObject().put("check", failure.check().label())
                .put("subject", failure.subject()).put("detail", failure.detail()));
        ArrayNode signatureArray = root.putArray("signatures");
        signatures.forEach(result -> signatureArray.addObject().put("record", result.record()).put("artifact", result.artifact())
                .put("kind", result.kind()).put("status", result.status().label()).put("detail", result.detail())
                .put("trust", result.trust()));
        root.put("elapsed_ms", elapsed.toMillis());
        return root;
    }
}
