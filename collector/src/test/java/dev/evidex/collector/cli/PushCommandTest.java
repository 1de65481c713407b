package dev.evidex.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.support.Cli;
import dev.evidex.collector.support.StoreContents;
import dev.evidex.collector.support.TestKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PushCommandTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @TempDir
    Path directory;

    @Test
    void recordsImageAndDigestWithTheCiContext() throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        Path store = directory.resolve("store");
        Map<String, String> environment = Map.of("GITHUB_REPOSITORY", "Acme/Payments", "GITHUB_SHA", "abc123",
                "GITHUB_RUN_ID", "77", "GITHUB_RUN_ATTEMPT", "2");

        Cli.Result result = Cli.run(environment, Clock.systemUTC(), "push", "--store", store.toString(),
                "--signing-key", keys.reference(), "--spool", directory.resolve("spool").toString(),
                "--image", "123456789012.dkr.ecr.us-east-1.amazonaws.com/payments/api:1.4.2", "--digest", DIGEST);

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode push = StoreContents.stream(store, "push").get(0);
        assertThat(push.path("log").asText()).isEqualTo("acme.payments");
        assertThat(push.path("digest").asText()).isEqualTo(DIGEST);
        assertThat(push.path("service").asText()).isEqualTo("api");
        assertThat(push.path("run_attempt").asInt()).isEqualTo(2);
        assertThat(push.path("detail").path("tag").asText()).isEqualTo("1.4.2");
    }

    @ParameterizedTest
    @CsvSource({"registry.example/api:1,sha256:abc,--digest",
        "registry.example/api@sha256:00,sha256:abababababababababababababababababababababababababababababababab,--image",
        "api:1,sha256:abababababababababababababababababababababababababababababababab,registry"})
    void badReferencesAreUsageErrors(String image, String digest, String expected) throws Exception {
        TestKeys keys = TestKeys.create(directory.resolve("keys"));
        Path store = directory.resolve("store");

        Cli.Result result = Cli.run(Map.of(), Clock.systemUTC(), "push", "--store", store.toString(), "--log", "x",
                "--signing-key", keys.reference(), "--image", image, "--digest", digest);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(expected);
        assertThat(store).doesNotExist();
    }
}
