package dev.evidex.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.support.Cli;
import dev.evidex.collector.support.FindingCounts;
import dev.evidex.collector.support.Fixtures;
import dev.evidex.collector.support.StoreContents;
import dev.evidex.collector.support.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScanCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private TestKeys keys;
    private Path store;
    private Map<String, String> environment;

    @BeforeEach
    void setUp() throws Exception {
        keys = TestKeys.create(directory.resolve("keys"));
        store = directory.resolve("store");
        environment = new HashMap<>(Map.of("GITHUB_REPOSITORY", "acme/payments", "GITHUB_SHA", "0123abcd",
                "GITHUB_RUN_ID", "1001", "GITHUB_RUN_ATTEMPT", "1", "GITHUB_ACTOR", "octocat",
                "GITHUB_WORKFLOW_REF", "acme/payments/.github/workflows/build.yml@refs/heads/main",
                "GITHUB_REF", "refs/heads/main", "RUNNER_NAME", "runner-7"));
    }

    static Stream<Arguments> reports() {
        return Stream.concat(
                Fixtures.files("trivy", ".json").stream().map(path -> Arguments.of(path, "trivy")),
                Fixtures.files("semgrep", ".json").stream().map(path -> Arguments.of(path, "semgrep")));
    }

    private Cli.Result scan(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("scan", "--store", store.toString(),
                "--signing-key", keys.reference(), "--spool", directory.resolve("spool").toString()));
        args.addAll(List.of(extra));
        return Cli.run(environment, CLOCK, args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyFixtureIngestsOneRecordPerFindingAndVerifies(Path report, String tool) throws Exception {
        Cli.Result result = scan("--tool", tool, "--report", report.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> findings = StoreContents.stream(store, "finding");
        assertThat(findings).hasSize(FindingCounts.count(report));
        JsonNode scanRecord = StoreContents.stream(store, "scan").get(0);
        assertThat(scanRecord.path("findings_total").asInt()).isEqualTo(FindingCounts.count(report));
        assertThat(scanRecord.path("repository").asText()).isEqualTo("acme/payments");
        assertThat(scanRecord.path("run_attempt").isInt()).isTrue();
        assertThat(scanRecord.path("artifacts").get(0).path("role").asText()).isEqualTo("scan-report");
        assertThat(Files.readAllBytes(store.resolve("artifacts/sha256/"
                + scanRecord.path("artifacts").get(0).path("digest").asText().substring(7))))
                .isEqualTo(Files.readAllBytes(report));
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.path("novelty").asText()).isEqualTo("new");
            assertThat(finding.path("severity").asText()).isIn("CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN");
            assertThat(finding.path("tool").asText()).isEqualTo(tool);
        });
        assertThat(StoreContents.verify(store, keys.trusted()).verified()).isTrue();
    }

    @Test
    void findingsAtOrAboveTheThresholdFailTheGateWithATable() throws Exception {
        Path report = Fixtures.file("trivy/trivy-debian-buster.json");

        Cli.Result result = scan("--tool", "trivy", "--report", report.toString(), "--fail-on", "HIGH");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("gate FAILED").contains("SEVERITY").contains("CRITICAL");
        JsonNode gate = StoreContents.stream(store, "gate").get(0);
        assertThat(gate.path("decision").asText()).isEqualTo("fail");
        assertThat(gate.path("threshold").asText()).isEqualTo("HIGH");
        long expectedBlocking = StoreContents.stream(store, "finding").stream()
                .filter(finding -> List.of("HIGH", "CRITICAL").contains(finding.path("severity").asText())).count();
        assertThat(gate.path("findings_blocking").asLong()).isEqualTo(expectedBlocking).isPositive();
    }

    @Test
    void aLowerThresholdOnlyReportPasses() throws Exception {
        Path report = Fixtures.file("semgrep/defectdojo-semgrep-1.84.1-low-severity.json");

        Cli.Result result = scan("--tool", "semgrep", "--report", report.toString(), "--fail-on", "HIGH");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(StoreContents.stream(store, "gate").get(0).path("decision").asText()).isEqualTo("pass");
    }

    @Test
    void validWaiversLetTheGatePassAndAreRecordedExpiredOnesDoNot() throws Exception {
        Path report = Fixtures.file("trivy/trivy-debian-buster.json");
        scan("--tool", "trivy", "--report", report.toString(), "--log", "probe");
        List<String> blocking = StoreContents.stream(store, "finding").stream()
                .filter(finding -> finding.path("severity").asText().equals("CRITICAL"))
                .map(finding -> finding.path("fingerprint").asText()).toList();
        StringBuilder waivers = new StringBuilder("{\"waivers\": [");
        for (int i = 0; i < blocking.size(); i++) {
            waivers.append(i == 0 ? "" : ",").append("{\"fingerprint\":\"").append(blocking.get(i))
                    .append("\",\"justification\":\"not reachable\",\"approver\":\"ciso@acme.example\",\"expires\":\"2025-12-31\"}");
        }
        waivers.append(",{\"fingerprint\":\"sha256:").append("0".repeat(64))
                .append("\",\"justification\":\"old\",\"approver\":\"x\",\"expires\":\"2024-01-01T00:00:00Z\"}]}");
        Path waiverFile = directory.resolve("waivers.json");
        Files.writeString(waiverFile, waivers, StandardCharsets.UTF_8);

        Cli.Result result = scan("--tool", "trivy", "--report", report.toString(), "--fail-on", "CRITICAL",
                "--waivers", waiverFile.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("expired");
        List<JsonNode> waiverRecords = StoreContents.stream(store, "waiver");
        assertThat(waiverRecords).hasSize(blocking.size() + 1);
        assertThat(waiverRecords).filteredOn(waiver -> waiver.path("detail").path("active").asBoolean())
                .hasSize(blocking.size());
        assertThat(StoreContents.stream(store, "finding").stream().filter(finding -> finding.path("waived").asBoolean())
                .filter(finding -> finding.path("log").asText().equals("acme.payments")).count())
                .isEqualTo(blocking.size());
    }

    @Test
    void aLaterRunMarksEarlierFindingsKnownAndTheSameRunIsNotDuplicated() throws Exception {
        Path report = Fixtures.file("trivy/trivy-alpine-310.json");
        assertThat(scan("--tool", "trivy", "--report", report.toString()).exitCode()).isZero();
        int afterFirst = StoreContents.records(store).size();

        Cli.Result rerun = scan("--tool", "trivy", "--report", report.toString());
        assertThat(rerun.out()).contains("already recorded");
        assertThat(StoreContents.records(store)).hasSize(afterFirst);

        environment.put("GITHUB_RUN_ID", "1002");
        assertThat(scan("--tool", "trivy", "--report", report.toString()).exitCode()).isZero();
        List<JsonNode> second = StoreContents.stream(store, "finding").stream()
                .filter(finding -> finding.path("run_id").asText().equals("1002")).toList();
        assertThat(second).isNotEmpty().allSatisfy(finding -> assertThat(finding.path("novelty").asText()).isEqualTo("known"));
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path trivy = Fixtures.file("trivy/trivy-alpine-310.json");
        Path malformed = directory.resolve("malformed.json");
        Files.writeString(malformed, "{\"results\": [", StandardCharsets.UTF_8);

        Cli.Result wrongTool = scan("--tool", "semgrep", "--report", trivy.toString());
        Cli.Result broken = scan("--tool", "semgrep", "--report", malformed.toString());
        Cli.Result tooLarge = scan("--tool", "trivy", "--report", trivy.toString(), "--max-report-bytes", "100");
        Cli.Result badThreshold = scan("--tool", "trivy", "--report", trivy.toString(), "--fail-on", "SEVERE");

        assertThat(List.of(wrongTool, broken, tooLarge, badThreshold)).extracting(Cli.Result::exitCode).containsOnly(2);
        assertThat(wrongTool.err()).contains(trivy.toString()).contains("trivy report");
        assertThat(broken.err()).contains(malformed.toString()).contains("line 1");
        assertThat(tooLarge.err()).contains("limit of 100 bytes");
        assertThat(store).doesNotExist();
    }

    @Test
    void theStepSummaryGetsMarkdown() throws Exception {
        Path summary = directory.resolve("summary.md");
        environment.put("GITHUB_STEP_SUMMARY", summary.toString());

        scan("--tool", "trivy", "--report", Fixtures.file("trivy/trivy-pom-java.json").toString(), "--fail-on", "CRITICAL");

        assertThat(Files.readString(summary)).contains("### Evidex: trivy scan").contains("| severity |")
                .contains("jackson-databind").contains("Evidence: sealed acme.payments batch 0");
    }
}
