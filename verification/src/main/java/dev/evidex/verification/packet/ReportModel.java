package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.evidence.EvidenceBundle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the reports show: scope, controls, per-query summary, evidence and keys, how to verify. */
public record ReportModel(String packetId, Instant created, ExporterIdentity exporter, String toolVersion,
        Assessment assessment, List<QuerySummary> queries, List<ControlsIndex.Requirement> requirements,
        List<String> notCovered, EvidenceBundle evidence, String retentionSummary, List<ManifestEntry> entries) {

    /** One query as the reports list it. */
    public record QuerySummary(String id, String title, String question, long rows, Optional<Integer> sampled,
            Optional<String> sampleSeed, long recordsBacked, String resultSha256, String engine, List<String> controls) {
        public QuerySummary {
            requireNonNull(id, "id is null");
            requireNonNull(sampled, "sampled is null");
            requireNonNull(sampleSeed, "sampleSeed is null");
            controls = List.copyOf(controls);
        }
    }

    public ReportModel {
        requireNonNull(packetId, "packetId is null");
        requireNonNull(created, "created is null");
        requireNonNull(exporter, "exporter is null");
        requireNonNull(assessment, "assessment is null");
        queries = List.copyOf(queries);
        requirements = List.copyOf(requirements);
        notCovered = List.copyOf(notCovered);
        requireNonNull(evidence, "evidence is null");
        requireNonNull(retentionSummary, "retentionSummary is null");
        entries = List.copyOf(entries);
    }
}
