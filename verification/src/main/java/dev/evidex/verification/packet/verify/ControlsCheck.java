package dev.evidex.verification.packet.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketManifest;
import java.io.IOException;
import java.util.Map;

/** {@code controls.json} leads from requirements to files; each must be in the packet. */
final class ControlsCheck {
    private final PacketManifest manifest;
    private final Map<String, byte[]> entries;
    private final Findings findings;

    ControlsCheck(PacketManifest manifest, Map<String, byte[]> entries, Findings findings) {
        this.manifest = manifest;
        this.entries = entries;
        this.findings = findings;
    }

    void run() {
        byte[] bytes = entries.get(PacketFormat.CONTROLS);
        if (bytes == null) {
            findings.fail(PacketCheck.CONTROLS, PacketFormat.CONTROLS, "missing");
            return;
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            findings.fail(PacketCheck.CONTROLS, PacketFormat.CONTROLS, "not JSON: " + Json.describe(e));
            return;
        }
        for (JsonNode requirement : root.path("requirements")) {
            findings.checked(PacketCheck.CONTROLS);
            for (JsonNode file : requirement.path("files")) {
                if (manifest.entry(file.asText()).isEmpty()) {
                    findings.fail(PacketCheck.CONTROLS, requirement.path("citation").asText(),
                            "names file " + file.asText() + ", which the packet does not hold");
                }
            }
            for (JsonNode query : requirement.path("queries")) {
                if (manifest.entry(PacketFormat.query(query.asText(), PacketFormat.QUERY_RECEIPT)).isEmpty()) {
                    findings.fail(PacketCheck.CONTROLS, requirement.path("citation").asText(),
                            "names query " + query.asText() + ", which the packet does not hold");
                }
            }
        }
    }
}
