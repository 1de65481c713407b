package dev.evidex.collector.cli;

import dev.evidex.collector.gate.Gate;
import dev.evidex.collector.gate.GateResult;
import dev.evidex.collector.gate.GateTables;
import dev.evidex.collector.gate.KnownFindings;
import dev.evidex.collector.gate.Waiver;
import dev.evidex.collector.gate.WaiverFiles;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.scan.ReportDetector;
import dev.evidex.collector.scan.ScanRecords;
import dev.evidex.collector.scan.ScanReport;
import dev.evidex.collector.scan.Severity;
import dev.evidex.verification.cli.ExitCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evidex-collector scan}: a Trivy or Semgrep report (JSON or SARIF), its findings and gate. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Records a Trivy (JSON schema 2, legacy array, SARIF) or Semgrep (JSON, SARIF) report: the raw report",
            "as an artifact, one record per finding with a stable fingerprint, new or known for this repository.",
            "With --fail-on, findings at or above the threshold and not waived fail the step (exit 1)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:recorded, gate passed", "1:gate failed (recorded)", "2:usage or input error (nothing written)"})
public final class ScanCommand extends IngestCommand {
    @Option(names = "--tool", required = true, paramLabel = "TOOL", description = "trivy or semgrep.")
    String tool;

    @Option(names = "--report", required = true, paramLabel = "FILE", description = "The report (JSON or SARIF).")
    Path report;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN.")
    String failOn;

    @Option(names = "--waivers", paramLabel = "FILE", description = "Waiver file (fingerprint, justification, approver, expires).")
    Path waivers;

    @Option(names = "--max-report-bytes", paramLabel = "N", description = "Largest report accepted (default: ${DEFAULT-VALUE}).")
    long maxReportBytes = InputFile.DEFAULT_MAX_BYTES;

    @Override
    Evidence collect(IngestContext context) throws InputException, IOException {
        if (!tool.equals("trivy") && !tool.equals("semgrep")) {
            throw new InputException("--tool must be trivy or semgrep, not " + tool);
        }
        Optional<Severity> threshold = Optional.empty();
        if (failOn != null) {
            threshold = Optional.of(Severity.parse(failOn).orElseThrow(() -> new InputException(
                    "--fail-on must be one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN, not " + failOn)));
        }
        InputFile file = InputFile.read(report, maxReportBytes);
        ScanReport parsed = ReportDetector.parse(file, tool);
        List<Waiver> waiverList = List.of();
        Optional<Artifact> waiverArtifact = Optional.empty();
        if (waivers != null) {
            InputFile waiverFile = WaiverFiles.read(waivers);
            waiverList = WaiverFiles.parse(waiverFile);
            waiverArtifact = Optional.of(Artifact.of("waivers", "application/json", waiverFile.bytes()));
        }
        Set<String> known = KnownFindings.of(context.store(), context.log());
        GateResult gate = Gate.evaluate(parsed.findings(), threshold, waiverList, known, context.now());
        Artifact reportArtifact = Artifact.of("scan-report", parsed.mediaType(), file.bytes());
        List<Artifact> artifacts = new ArrayList<>(List.of(reportArtifact));
        waiverArtifact.ifPresent(artifacts::add);
        var records = new ScanRecords(parsed, gate, reportArtifact, waiverArtifact, waiverList)
                .build(context.now(), context.ci(), context.subject());
        return new Evidence(records, artifacts, GateTables.text(parsed.tool(), gate), GateTables.markdown(parsed.tool(), gate),
                gate.passed() ? ExitCodes.OK : ExitCodes.FAILED, String.join(" ", tool, reportArtifact.digest(),
                        waiverArtifact.map(Artifact::digest).orElse("-"), threshold.map(Enum::name).orElse("-")));
    }
}
