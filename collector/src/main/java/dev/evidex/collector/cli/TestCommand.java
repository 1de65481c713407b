package dev.evidex.collector.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.StepSummary;
import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.collector.record.Artifact;
import dev.evidex.collector.record.Records;
import dev.evidex.collector.scan.SarifReports;
import dev.evidex.collector.scan.ScanReport;
import dev.evidex.collector.scan.Severity;
import dev.evidex.collector.test.JunitReports;
import dev.evidex.collector.test.TestSuiteSummary;
import dev.evidex.verification.cli.ExitCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evidex-collector test}: JUnit XML test results and SARIF lint results. */
@Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records test results (JUnit XML reports) and lint results (SARIF) of a CI run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:recorded", "1:recorded, and --fail-on-failures was given and tests failed",
            "2:usage or input error (nothing written)"})
public final class TestCommand extends IngestCommand {
    @Option(names = "--junit", paramLabel = "FILE", description = "A JUnit XML report (repeatable).")
    List<Path> junit = new ArrayList<>();

    @Option(names = "--lint", paramLabel = "FILE", description = "A SARIF lint report (repeatable).")
    List<Path> lint = new ArrayList<>();

    @Option(names = "--fail-on-failures", description = "Exit 1 when a test failed or errored (after recording it).")
    boolean failOnFailures;

    @Override
    Evidence collect(IngestContext context) throws InputException {
        if (junit.isEmpty() && lint.isEmpty()) {
            throw new InputException("give at least one --junit or --lint report");
        }
        List<ObjectNode> records = new ArrayList<>();
        List<Artifact> artifacts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder markdown = new StringBuilder("### Evidex: tests and lint\n\n");
        int exitCode = ExitCodes.OK;
        if (!junit.isEmpty()) {
            TestSuiteSummary summary = TestSuiteSummary.empty();
            List<Artifact> reports = new ArrayList<>();
            for (Path path : junit) {
                InputFile file = InputFile.read(path);
                summary = summary.plus(JunitReports.parse(file));
                reports.add(Artifact.of("test-report", "application/xml", file.bytes()));
            }
            records.add(testRecord(context, summary, reports));
            artifacts.addAll(reports);
            String line = String.format("tests: %d run, %d failed, %d errored, %d skipped%n", summary.total(),
                    summary.failures(), summary.errors(), summary.skipped());
            text.append(line);
            markdown.append(line).append('\n');
            summary.failed().stream().limit(20).forEach(failed -> markdown.append("- ❌ `")
                    .append(StepSummary.cell(failed.className() + "." + failed.name())).append("` ")
                    .append(StepSummary.cell(failed.message())).append('\n'));
            if (failOnFailures && summary.failedCount() > 0) {
                exitCode = ExitCodes.FAILED;
            }
        }
        for (Path path : lint) {
            InputFile file = InputFile.read(path);
            ScanReport report = SarifReports.parse(file);
            Artifact artifact = Artifact.of("raw", "application/sarif+json", file.bytes());
            records.add(lintRecord(context, report, artifact));
            artifacts.add(artifact);
            String line = String.format("lint (%s): %d finding(s)%n", report.tool(), report.findings().size());
            text.append(line);
            markdown.append('\n').append(line);
        }
        String inputs = artifacts.stream().map(artifact -> artifact.role() + "=" + artifact.digest())
                .collect(java.util.stream.Collectors.joining(" ")) + " fail-on-failures=" + failOnFailures;
        return new Evidence(records, artifacts, text.toString(), markdown.toString(), exitCode, inputs);
    }

    private static ObjectNode testRecord(IngestContext context, TestSuiteSummary summary, List<Artifact> reports) {
        ObjectNode record = Records.ci("test", context.now(), context.ci(), context.subject());
        record.put("tool", "junit");
        record.put("tests_total", summary.total());
        record.put("tests_failed", summary.failedCount());
        ObjectNode detail = Records.detail(record);
        detail.put("failures", summary.failures());
        detail.put("errors", summary.errors());
        detail.put("skipped", summary.skipped());
        detail.put("suites", summary.suites());
        ArrayNode failed = detail.putArray("failed");
        summary.failed().forEach(test -> failed.addObject().put("class", test.className()).put("name", test.name())
                .put("message", test.message()));
        Records.attach(record, reports);
        return record;
    }

    private static ObjectNode lintRecord(IngestContext context, ScanReport report, Artifact artifact) {
        ObjectNode record = Records.ci("lint", context.now(), context.ci(), context.subject());
        record.put("tool", report.tool());
        Records.putIfPresent(record, "tool_version", report.toolVersion());
        record.put("findings_total", report.findings().size());
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        report.findings().forEach(finding -> counts.merge(finding.severity(), 1, Integer::sum));
        ObjectNode bySeverity = Records.detail(record).putObject("by_severity");
        counts.forEach((severity, count) -> bySeverity.put(severity.name(), count));
        Records.attach(record, List.of(artifact));
        return record;
    }
}
