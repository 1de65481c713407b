package dev.evidex.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evidex.collector.support.Cli;
import dev.evidex.collector.support.Fixtures;
import dev.evidex.collector.support.StoreContents;
import dev.evidex.collector.support.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SbomCommandTest {
    private static final String DIGEST = "sha256:" + "cd".repeat(32);

    @TempDir
    Path directory;

    static Stream<Path> sboms() {
        return Stream.concat(Fixtures.files("spdx", ".json").stream(), Fixtures.files("spdx", ".spdx").stream());
    }

    /** Packages counted without the SPDX library: the JSON array, or PackageName tags. */
    static int packageCount(Path sbom) throws Exception {
        String text = Files.readString(sbom);
        if (text.stripLeading().startsWith("{")) {
            return new ObjectMapper().readTree(text).path("packages").size();
        }
        return (int) text.lines().filter(line -> line.startsWith("PackageName:")).count();
    }

    private Cli.Result sbom(Path store, TestKeys keys, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("sbom", "--store", store.toString(), "--log", "acme.api",
                "--signing-key", keys.reference(), "--spool", directory.resolve("spool").toString()));
        args.addAll(List.of(extra));
        return Cli.run(Map.of(), Clock.systemUTC(), args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sboms")
    void everySpdxFixtureIsRecordedWithEveryPackage(Path sbom) throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        Path store = directory.resolve("store");

        Cli.Result result = sbom(store, keys, "--sbom", sbom.toString(), "--digest", DIGEST,
                "--image", "registry.example/acme/api:1");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode record = StoreContents.stream(store, "sbom").get(0);
        assertThat(record.path("packages").size()).isEqualTo(packageCount(sbom));
        assertThat(record.path("package_count").asInt()).isEqualTo(packageCount(sbom));
        assertThat(record.path("digest").asText()).isEqualTo(DIGEST);
        assertThat(StoreContents.verify(store, keys.trusted()).verified()).isTrue();
    }

    @Test
    void theLog4jSbomListsLog4jCoreWithItsPurl() throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        Path store = directory.resolve("store");

        sbom(store, keys, "--sbom", Fixtures.file("spdx/syft-0.57-spdx22-image-log4j-vuln.json").toString(), "--digest", DIGEST);

        JsonNode record = StoreContents.stream(store, "sbom").get(0);
        assertThat(record.path("tool").asText()).isEqualTo("syft");
        assertThat(record.path("tool_version").asText()).isEqualTo("0.57.0");
        assertThat(record.path("packages").findValuesAsText("purl"))
                .contains("pkg:maven/org.apache.logging.log4j/log4j-core@2.8.1");
    }

    @Test
    void aTrivyReportIsNotAnSbom() throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        Path store = directory.resolve("store");
        Path trivy = Fixtures.file("trivy/trivy-alpine-310.json");

        Cli.Result result = sbom(store, keys, "--sbom", trivy.toString(), "--digest", DIGEST);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(trivy.toString()).contains("not an SPDX SBOM");
        assertThat(store).doesNotExist();
    }
}
