package dev.evidex.collector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.support.Cli;
import dev.evidex.collector.support.StoreContents;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.verify.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGeneratorTest {
    private static final int RECORDS = 6000;

    @TempDir
    static Path directory;

    private static Path store;
    private static List<JsonNode> records;
    private static Cli.Result result;

    @BeforeAll
    static void generate() throws IOException {
        store = directory.resolve("demo");
        result = Cli.run("demo", "--out", store.toString(), "--seed", "42", "--services", "8", "--days", "120",
                "--records", String.valueOf(RECORDS), "--end", "2025-06-30");
        records = StoreContents.records(store);
    }

    @Test
    void writesExactlyTheRequestedRecordsAndPrintsTheTrustedKeys() {
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(records).hasSize(RECORDS);
        assertThat(result.out()).contains("trusted keys  " + directory.resolve("demo-trusted-keys"))
                .contains("evidex-verify store");
    }

    @Test
    void verifiesUnderTheTwoRotatedKeysItPrints() throws Exception {
        TrustedKeys trusted = TrustedKeys.load(directory.resolve("demo-trusted-keys"));
        VerificationReport report = StoreContents.verify(store, trusted);

        assertThat(report.verified()).as(report.toText()).isTrue();
        try (Stream<Path> keys = Files.list(store.resolve("keys"))) {
            assertThat(keys).hasSize(2);
        }
        Set<String> sealKeys = report.logs().stream().flatMap(log -> log.keyIds().stream()).collect(Collectors.toSet());
        assertThat(sealKeys).hasSize(2);
    }

    @Test
    void holdsTheStreamsTheQueryPackAsksAbout() {
        Map<String, Long> streams = records.stream().collect(Collectors.groupingBy(record -> record.path("stream").asText(),
                Collectors.counting()));

        assertThat(streams).containsKeys("build", "test", "sbom", "scan", "finding", "gate", "waiver", "signature",
                "attestation", "provenance", "push", "deploy", "admission");
        assertThat(records).filteredOn(record -> record.path("stream").asText().equals("sbom"))
                .allSatisfy(sbom -> assertThat(sbom.path("packages").size()).isEqualTo(sbom.path("package_count").asInt()))
                .anySatisfy(sbom -> assertThat(sbom.path("packages").toString()).contains("log4j-core@2.14.1"));
        List<JsonNode> admissions = records.stream().filter(record -> record.path("stream").asText().equals("admission")).toList();
        assertThat(admissions).extracting(record -> record.path("decision").asText()).contains("allowed", "denied");
        assertThat(admissions).extracting(record -> record.path("namespace").asText()).contains("production", "staging");
        assertThat(admissions).filteredOn(record -> record.path("decision").asText().equals("denied"))
                .allSatisfy(denied -> assertThat(denied.path("constraint_kind").asText()).isNotEmpty());
        assertThat(admissions).extracting(record -> record.path("cluster").asText()).hasSizeGreaterThan(0)
                .containsAll(List.of("prod-us-east-1", "prod-us-west-2", "staging-us-east-1"));
        assertThat(records).filteredOn(record -> record.path("stream").asText().equals("gate"))
                .extracting(record -> record.path("decision").asText()).contains("pass");
    }

    @Test
    void theSameSeedGivesTheSameRecords() throws IOException {
        Path again = directory.resolve("again");
        Cli.run("demo", "--out", again.toString(), "--seed", "42", "--services", "8", "--days", "120",
                "--records", String.valueOf(RECORDS), "--end", "2025-06-30");

        assertThat(StoreContents.records(again)).isEqualTo(records);
    }

    @Test
    void refusesToWriteIntoAStoreThatIsNotEmpty() {
        Cli.Result again = Cli.run("demo", "--out", store.toString(), "--seed", "1", "--records", "1000");

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void rejectsImpossibleSizes() {
        assertThatThrownBy(() -> new DemoGenerator.Options(directory.resolve("x"), 1, 0, 1, 100, directory))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
