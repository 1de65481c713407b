package dev.evidex.collector.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.collector.cli.CollectorMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class ServeCommandTest {
    @TempDir
    Path directory;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void keys() throws Exception {
        assertThat(run("keygen", "--out", directory.resolve("keys").toString())).isZero();
        Files.writeString(directory.resolve("tokens"), "# the log shipper\ntoken-1\n");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = CollectorMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String[] serve(String... extra) {
        List<String> args = new ArrayList<>(List.of("serve", "--cluster", "prod", "--store", directory.resolve("store").toString(),
                "--signing-key", "file:" + directory.resolve("keys/seal-signing.pem"), "--spool", directory.resolve("spool").toString()));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    static Stream<Arguments> configurationErrors() {
        return Stream.of(
                Arguments.of(List.of("--token-file", "TOKENS"), "HTTPS needs --tls-cert and --tls-key"),
                Arguments.of(List.of("--insecure-listen", "0.0.0.0:0", "--token-file", "TOKENS"), "must be a loopback address"),
                Arguments.of(List.of("--insecure-listen", "127.0.0.1:0"), "no authentication configured"),
                Arguments.of(List.of("--insecure-listen", "127.0.0.1", "--token-file", "TOKENS"), "is not HOST:PORT"),
                Arguments.of(List.of("--insecure-listen", "127.0.0.1:0", "--token-file", "TOKENS", "--pipeline-key", "KEY"),
                        "--pipeline-key needs --trusted-keys"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("configurationErrors")
    void configurationErrorsExitTwoWithTheReason(List<String> options, String message) {
        String[] extra = options.stream().map(option -> option.replace("TOKENS", directory.resolve("tokens").toString())
                .replace("KEY", directory.resolve("keys/seal-signing.pub").toString())).toArray(String[]::new);
        assertThat(run(serve(extra))).isEqualTo(2);
        assertThat(err.toString()).contains(message);
        assertThat(err.toString()).doesNotContain("token-1");
    }

    @Test
    void aClusterNameThatIsNotALogNameIsRefused() {
        String[] args = serve("--insecure-listen", "127.0.0.1:0", "--token-file", directory.resolve("tokens").toString());
        args[2] = "Prod Cluster";
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString()).contains("--cluster 'Prod Cluster'");
    }

    @Test
    void helpListsTheEndpointsOptionsAndExitCodes() {
        assertThat(run("serve", "--help")).isZero();
        assertThat(out.toString()).contains("/k8s-audit", "/gatekeeper", "/provider", "--insecure-listen", "--client-ca",
                "--token-file", "--spool-max-bytes", "Exit codes:", "0   clean shutdown");
    }
}
