package dev.evidex.collector.scan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.collector.gate.GateResult;
import dev.evidex.collector.gate.GatedFinding;
import dev.evidex.collector.gate.Waiver;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.record.Records;
import dev.evidex.collector.record.Subject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The records of one scan: the scan, one per finding, the gate and the waivers it honoured. */
public final class ScanRecords {
    private static final int MAX_LISTED = 200;

    private final ScanReport report;
    private final GateResult gate;
    private final Artifact reportArtifact;
    private final Optional<Artifact> waiverArtifact;
    private final List<Waiver> waivers;

    public ScanRecords(ScanReport report, GateResult gate, Artifact reportArtifact, Optional<Artifact> waiverArtifact,
            List<Waiver> waivers) {
        this.report = report;
        this.gate = gate;
        this.reportArtifact = reportArtifact;
        this.waiverArtifact = waiverArtifact;
        this.waivers = List.copyOf(waivers);
    }

    public List<ObjectNode> build(Instant time, CiContext ci, Subject subject) {
        List<ObjectNode> records = new ArrayList<>();
        records.add(scan(time, ci, subject));
        for (GatedFinding finding : gate.findings()) {
            records.add(finding(finding, time, ci, subject));
        }
        if (gate.threshold().isPresent()) {
            records.add(gateRecord(time, ci, subject));
        }
        for (Waiver waiver : waivers) {
            records.add(waiver(waiver, time, ci, subject));
        }
        return records;
    }

    private ObjectNode tooled(String stream, Instant time, CiContext ci, Subject subject) {
        ObjectNode record = Records.ci(stream, time, ci, subject);
        record.put("tool", report.tool());
        Records.putIfPresent(record, "tool_version", report.toolVersion());
        return record;
    }

    private ObjectNode scan(Instant time, CiContext ci, Subject subject) {
        ObjectNode record = tooled("scan", time, ci, subject);
        record.put("findings_total", report.findings().size());
        ObjectNode detail = Records.detail(record);
        detail.put("format", report.format().name().toLowerCase(java.util.Locale.ROOT));
        report.artifactName().ifPresent(name -> detail.put("artifact_name", name));
        ObjectNode bySeverity = detail.putObject("by_severity");
        severityCounts().forEach((severity, count) -> bySeverity.put(severity.name(), count));
        detail.put("new", gate.newCount());
        Records.attach(record, List.of(reportArtifact));
        return record;
    }

    private Map<Severity, Integer> severityCounts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        report.findings().forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
        return counts;
    }

    private ObjectNode finding(GatedFinding gated, Instant time, CiContext ci, Subject subject) {
        Finding finding = gated.finding();
        ObjectNode record = tooled("finding", time, ci, subject);
        record.put("finding_id", finding.findingId());
        record.put("severity", finding.severity().name());
        record.put("fingerprint", finding.fingerprint());
        record.put("novelty", gated.novelty());
        record.put("waived", gated.waiver().isPresent());
        Records.putIfPresent(record, "package_name", finding.packageName());
        Records.putIfPresent(record, "package_version", finding.packageVersion());
        Records.putIfPresent(record, "fixed_version", finding.fixedVersion());
        record.put("target", finding.target());
        ObjectNode detail = Records.detail(record);
        finding.title().ifPresent(title -> detail.put("title", title.length() > 500 ? title.substring(0, 500) : title));
        finding.line().ifPresent(line -> detail.put("line", line));
        Records.attach(record, List.of(reportArtifact));
        return record;
    }

    private ObjectNode gateRecord(Instant time, CiContext ci, Subject subject) {
        ObjectNode record = tooled("gate", time, ci, subject);
        record.put("decision", gate.passed() ? "pass" : "fail");
        record.put("reason", gate.reason());
        record.put("threshold", gate.threshold().orElseThrow().name());
        record.put("findings_total", gate.findings().size());
        record.put("findings_blocking", gate.blocking().size());
        ObjectNode detail = Records.detail(record);
        detail.put("new", gate.newCount());
        detail.put("waived", gate.findings().stream().filter(finding -> finding.waiver().isPresent()).count());
        detail.put("expired_waivers", gate.expiredWaivers().size());
        ArrayNode blocking = detail.putArray("blocking_fingerprints");
        gate.blocking().stream().limit(MAX_LISTED).forEach(finding -> blocking.add(finding.finding().fingerprint()));
        List<Artifact> artifacts = new ArrayList<>(List.of(reportArtifact));
        waiverArtifact.ifPresent(artifacts::add);
        Records.attach(record, artifacts);
        return record;
    }

    private ObjectNode waiver(Waiver waiver, Instant time, CiContext ci, Subject subject) {
        ObjectNode record = Records.ci("waiver", time, ci, subject);
        record.put("fingerprint", waiver.fingerprint());
        ObjectNode detail = Records.detail(record);
        detail.put("justification", waiver.justification());
        detail.put("approver", waiver.approver());
        detail.put("expires", waiver.expires().toString());
        detail.put("active", waiver.activeAt(time));
        detail.put("applied", gate.findings().stream().anyMatch(finding -> finding.waiver().filter(waiver::equals).isPresent()));
        waiverArtifact.ifPresent(artifact -> Records.attach(record, List.of(artifact)));
        return record;
    }
}
