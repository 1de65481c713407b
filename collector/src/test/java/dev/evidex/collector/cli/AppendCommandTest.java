package dev.evidex.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class AppendCommandTest {
    @TempDir
    Path directory;
    Path keys;
    Path store;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void generateKey() {
        keys = directory.resolve("keys");
        store = directory.resolve("store");
        assertThat(run("keygen", "--out", keys.toString())).isEqualTo(0);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = CollectorMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void keygenWritesAPrivateKeyOnlyTheOwnerCanRead() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("seal-signing.pem"))))
                .isEqualTo("rw-------");
        assertThat(keys.resolve("seal-signing.json")).content().contains("\"purposes\":[\"seal-signing\"]");
        assertThat(run("keygen", "--out", keys.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists; keys are never overwritten");
    }

    @Test
    void appendSealsABatchThatVerifies() throws Exception {
        Path input = directory.resolve("input.jsonl");
        Files.writeString(input, "{\"tool\":\"make\",\"decision\":\"pass\"}\n\n{\"tool\":\"make\",\"time\":\"2026-01-02T03:04:05Z\"}\n");
        assertThat(run("append", "--store", store.toString(), "--log", "ci-acme", "--stream", "build",
                "--signing-key", "file:" + keys.resolve("seal-signing.pem"), "--input", input.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("sealed ci-acme batch 0: records 0..1, tree size 2");
        int verified = dev.evidex.verification.cli.VerifyMain.commandLine()
                .execute("store", store.toString(), "--trusted-keys", keys.resolve("seal-signing.json").toString());
        assertThat(verified).isEqualTo(0);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("invalid-json-on-line-2.jsonl", "{\"a\":1}\n{\"a\":\n", "line 2: invalid JSON"),
                Arguments.of("array-instead-of-object.jsonl", "[1,2]\n", "line 1: expected a JSON object"),
                Arguments.of("store-assigned-index.jsonl", "{\"index\":4}\n", "line 1: field 'index' is assigned by the store"),
                Arguments.of("other-stream.jsonl", "{\"stream\":\"scan\"}\n", "line 1: stream 'scan' differs from --stream build"),
                Arguments.of("local-time.jsonl", "{\"time\":\"2026-01-02T03:04:05+01:00\"}\n", "must be RFC 3339 UTC ending in Z"),
                Arguments.of("oversized-record.jsonl", "{\"blob\":\"" + "x".repeat(1 << 20) + "\"}\n", "record larger than 1048576 bytes"),
                Arguments.of("empty.jsonl", "\n\n", "holds no records"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputExitsTwoAndWritesNothing(String fixture, String content, String message) throws Exception {
        Path input = directory.resolve(fixture);
        Files.writeString(input, content);
        assertThat(run("append", "--store", store.toString(), "--log", "ci-acme", "--stream", "build",
                "--signing-key", keys.resolve("seal-signing.pem").toString(), "--input", input.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(fixture).contains(message);
        assertThat(store.resolve("seals")).doesNotExist();
    }

    @Test
    void aBadLogNameOrKeyIsAUsageError() {
        assertThat(run("append", "--store", store.toString(), "--log", "../etc", "--stream", "build",
                "--signing-key", keys.resolve("seal-signing.pem").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--log '../etc'");
        assertThat(run("append", "--store", store.toString(), "--log", "ci", "--stream", "build",
                "--signing-key", keys.resolve("seal-signing.pub").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("not a PKCS#8 PEM private key");
    }
}
