package dev.evidex.collector.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.collector.input.InputException;
import dev.evidex.collector.input.InputFile;
import dev.evidex.collector.support.FindingCounts;
import dev.evidex.collector.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportDetectorTest {
    static Stream<Arguments> reports() {
        return Stream.concat(
                Fixtures.files("trivy", ".json").stream().map(path -> Arguments.of(path, "trivy")),
                Fixtures.files("semgrep", ".json").stream().map(path -> Arguments.of(path, "semgrep")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyFixtureParsesWithEveryFinding(Path report, String tool) throws Exception {
        ScanReport parsed = ReportDetector.parse(InputFile.read(report), tool);

        assertThat(parsed.tool()).isEqualTo(tool);
        assertThat(parsed.findings()).hasSize(FindingCounts.count(report));
        assertThat(parsed.findings()).allSatisfy(finding -> {
            assertThat(finding.fingerprint()).matches("sha256:[0-9a-f]{64}");
            assertThat(finding.findingId()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void aReportOfTheOtherToolIsRefusedByName(Path report, String tool) {
        String other = tool.equals("trivy") ? "semgrep" : "trivy";

        assertThatThrownBy(() -> ReportDetector.parse(InputFile.read(report), other))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(report.toString())
                .hasMessageContaining("expected a " + other + " report");
    }

    @Test
    void trivyFingerprintsAreIdPackageVersionTarget() throws Exception {
        ScanReport parsed = TrivyReports.parse(InputFile.read(Fixtures.file("trivy/trivy-alpine-310.json")));
        Finding first = parsed.findings().get(0);

        assertThat(first.fingerprint()).isEqualTo(Fingerprints.of("trivy", first.findingId(),
                first.packageName().orElseThrow(), first.packageVersion().orElseThrow(), first.target()));
    }

    @Test
    void trivyJsonAndSarifOfTheSameScanFindTheSameVulnerabilities() throws Exception {
        ScanReport json = TrivyReports.parse(InputFile.read(Fixtures.file("trivy/trivy-alpine-310.json")));
        ScanReport sarif = SarifReports.parse(InputFile.read(Fixtures.file("trivy/trivy-alpine-310.sarif.json")));

        assertThat(sarif.findings()).extracting(Finding::findingId)
                .containsExactlyInAnyOrderElementsOf(json.findings().stream().map(Finding::findingId).toList());
        assertThat(sarif.findings()).extracting(Finding::severity)
                .containsExactlyInAnyOrderElementsOf(json.findings().stream().map(Finding::severity).toList());
    }

    @Test
    void semgrepOldAndNewSeverityVocabulariesAreNormalised() throws Exception {
        Set<Severity> old = new HashSet<>();
        SemgrepReports.parse(InputFile.read(Fixtures.file("semgrep/defectdojo-semgrep-many-vulns.json")))
                .findings().forEach(finding -> old.add(finding.severity()));
        ScanReport newer = SemgrepReports.parse(InputFile.read(Fixtures.file("semgrep/defectdojo-semgrep-1.84.1-low-severity.json")));

        assertThat(old).containsExactlyInAnyOrder(Severity.HIGH, Severity.MEDIUM);
        assertThat(newer.findings()).extracting(Finding::severity).containsOnly(Severity.LOW);
    }

    @Test
    void malformedJsonNamesFileAndPosition(@TempDir Path directory) throws Exception {
        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, "{\n  \"SchemaVersion\": 2,\n  \"Results\": [ {,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReportDetector.parse(InputFile.read(broken), "trivy"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("line 3");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeParsing(@TempDir Path directory) throws Exception {
        Path large = directory.resolve("large.json");
        Files.writeString(large, "[" + " ".repeat(2000) + "]");

        assertThatThrownBy(() -> InputFile.read(large, 1000))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(large.toString())
                .hasMessageContaining("limit of 1000 bytes");
    }
}
