package dev.evidex.verification.packet.report;

import dev.evidex.verification.packet.ControlsIndex;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.ReportModel;
import dev.evidex.verification.packet.evidence.EvidenceBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the reports say, in order: scope, controls, queries, verification, how to verify. */
final class ReportContent {
    private ReportContent() {}

    static ReportDocument of(ReportModel model) {
        ReportDocument document = new ReportDocument("HITRUST evidence packet: " + model.assessment().organisation());
        packet(model, document);
        controls(model, document);
        queries(model, document);
        verification(model, document);
        HowToVerify.append(model, document);
        return document;
    }

    private static void packet(ReportModel model, ReportDocument document) {
        document.heading("Packet and scope");
        document.table(List.of("", ""), List.of(
                List.of("Packet id", model.packetId()),
                List.of("Created", model.created().toString()),
                List.of("Exported by", model.exporter().principal() + " (" + model.exporter().source() + ")"),
                List.of("Exporter key", model.exporter().keyId()),
                List.of("Tool", "evidex " + model.toolVersion()),
                List.of("Organisation", model.assessment().organisation()),
                List.of("Assessment", "HITRUST " + model.assessment().type().label()),
                List.of("Period", model.assessment().periodFrom() + " to " + model.assessment().periodTo()),
                List.of("Scope", String.join("; ", model.assessment().scope()))), List.of(1, 4));
    }

    private static void controls(ReportModel model, ReportDocument document) {
        document.heading("Controls covered");
        document.paragraph("HITRUST CSF control references (reference and short title; the requirement statements are in "
                + "your licensed CSF) and HIPAA Security Rule citations (45 CFR Part 164), with the queries that produce "
                + "evidence for them. controls.json lists the files behind each one.");
        List<List<String>> rows = new ArrayList<>();
        for (ControlsIndex.Requirement requirement : model.requirements()) {
            rows.add(List.of(requirement.framework().equals(ControlsIndex.HITRUST) ? "HITRUST CSF" : "HIPAA",
                    requirement.citation(), String.join(", ", requirement.queries())));
        }
        document.table(List.of("Framework", "Requirement", "Queries"), rows, List.of(1, 3, 3));
        if (!model.notCovered().isEmpty()) {
            document.warning("Declared in scope but not covered by any query in this packet: " + String.join(", ", model.notCovered()));
        }
    }

    private static void queries(ReportModel model, ReportDocument document) {
        document.heading("Queries");
        for (ReportModel.QuerySummary query : model.queries()) {
            document.paragraph(query.title() + " (" + query.id() + "): " + query.question());
            document.table(List.of("", ""), List.of(
                    List.of("Rows", Long.toString(query.rows())),
                    List.of("Sample", query.sampled().map(size -> size + " rows drawn with seed '" + query.sampleSeed().orElse("")
                            + "' (method sha256-rank/1, see sample.json)").orElse("none: evidence for every row")),
                    List.of("Records backing", Long.toString(query.recordsBacked())),
                    List.of("Engine", query.engine()),
                    List.of("Result SHA-256", query.resultSha256()),
                    List.of("Files", PacketFormat.QUERIES + query.id() + "/")), List.of(1, 4));
        }
    }

    private static void verification(ReportModel model, ReportDocument document) {
        document.heading("Verification at export");
        EvidenceBundle evidence = model.evidence();
        document.paragraph(String.format(Locale.ROOT, "%d records from %d logs, each with an RFC 9162 inclusion proof to the "
                + "newest signed checkpoint (seal) of its log; %d artifacts checked against their digests. Each log was read "
                + "in full and reproduced its signed root; each seal verified under a trusted seal key valid at its time.",
                evidence.records(), evidence.logs().size(), evidence.artifacts()));
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceBundle.LogSummary log : evidence.logs()) {
            rows.add(List.of(log.log(), Long.toString(log.records()), Long.toString(log.treeSize()),
                    Long.toString(log.checkpointBatch()), log.sealTime(), shortKey(log.keyId())));
        }
        document.table(List.of("Log", "Records", "Tree size", "Seal", "Seal time", "Seal key"), rows, List.of(3, 2, 2, 2, 4, 3));
        document.paragraph("Key fingerprints to compare out of band (SHA-256 of the DER public key):");
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of("Exporter", model.exporter().keyId()));
        evidence.sealKeyIds().forEach(id -> keys.add(List.of("Seal", id)));
        document.table(List.of("", ""), keys, List.of(1, 5));
        document.paragraph("Retention: " + model.retentionSummary());
    }

    private static String shortKey(String keyId) {
        return keyId.substring(0, Math.min(keyId.length(), "sha256:".length() + 16)) + "...";
    }
}
