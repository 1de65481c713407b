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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestCommandTest {
    private static final String SUREFIRE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="dev.acme.PaymentsTest" tests="4" failures="1" errors="1" skipped="1">
              <testcase classname="dev.acme.PaymentsTest" name="charges" time="0.01"/>
              <testcase classname="dev.acme.PaymentsTest" name="refunds" time="0.02">
                <failure message="expected 10 but was 9&#10;at line 3" type="AssertionError">trace</failure>
              </testcase>
              <testcase classname="dev.acme.PaymentsTest" name="voids"><error message="NPE" type="NullPointerException"/></testcase>
              <testcase classname="dev.acme.PaymentsTest" name="later"><skipped/></testcase>
            </testsuite>
            """;

    @TempDir
    Path directory;

    private TestKeys keys;
    private Path store;

    @BeforeEach
    void setUp() throws Exception {
        keys = TestKeys.create(directory.resolve("keys"));
        store = directory.resolve("store");
    }

    private Cli.Result test(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("test", "--store", store.toString(), "--log", "acme.payments",
                "--signing-key", keys.reference(), "--spool", directory.resolve("spool").toString()));
        args.addAll(List.of(extra));
        return Cli.run(Map.of(), Clock.systemUTC(), args.toArray(String[]::new));
    }

    @Test
    void junitCountsComeFromTheTestCases() throws Exception {
        Path report = directory.resolve("TEST-payments.xml");
        Files.writeString(report, SUREFIRE, StandardCharsets.UTF_8);

        Cli.Result result = test("--junit", report.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode record = StoreContents.stream(store, "test").get(0);
        assertThat(record.path("tests_total").asInt()).isEqualTo(4);
        assertThat(record.path("tests_failed").asInt()).isEqualTo(2);
        assertThat(record.path("detail").path("skipped").asInt()).isEqualTo(1);
        assertThat(record.path("detail").path("failed").get(0).path("message").asText()).isEqualTo("expected 10 but was 9");
        assertThat(StoreContents.verify(store, keys.trusted()).verified()).isTrue();
    }

    @Test
    void failuresFailTheStepOnlyWhenAsked() throws Exception {
        Path report = directory.resolve("TEST-payments.xml");
        Files.writeString(report, SUREFIRE, StandardCharsets.UTF_8);

        assertThat(test("--junit", report.toString(), "--fail-on-failures").exitCode()).isEqualTo(1);
        assertThat(StoreContents.stream(store, "test")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><testsuite>&x;</testsuite>|DOCTYPE",
        "<testsuite><testcase name=\"a\"></testsuite>|line 1",
        "<coverage/>|not a JUnit XML report"})
    void unsafeOrMalformedXmlIsRefusedAndNothingWritten(String xml, String expected) throws Exception {
        Path report = directory.resolve("bad.xml");
        Files.writeString(report, xml, StandardCharsets.UTF_8);

        Cli.Result result = test("--junit", report.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(report.toString()).contains(expected);
        assertThat(store).doesNotExist();
    }

    @Test
    void lintSarifIsRecordedWithItsFindingCount() throws Exception {
        Path sarif = Fixtures.file("semgrep/semgrep-e2e.sarif.json");

        Cli.Result result = test("--lint", sarif.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode lint = StoreContents.stream(store, "lint").get(0);
        assertThat(lint.path("findings_total").asInt()).isEqualTo(FindingCounts.count(sarif));
        assertThat(lint.path("tool").asText()).isEqualTo("semgrep");
    }
}
