package dev.evidex.verification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.json.Json;
import dev.evidex.verification.store.StoreKeys;
import dev.evidex.verification.testing.TestStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StoreCommandTest {
    @TempDir
    Path directory;
    TestStore store;
    Path trust;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void createStore() throws Exception {
        store = new TestStore(directory.resolve("store"));
        store.append("ci-acme", 4);
        store.append("ci-acme", 2);
        trust = directory.resolve("trust.json");
        Files.write(trust, store.keyEntry.toCanonicalJson());
    }

    private int run(String... args) {
        CommandLine commandLine = VerifyMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aGoodStoreExitsZeroWithASummary() {
        assertThat(run("store", store.root.toString(), "--trusted-keys", trust.toString())).isEqualTo(0);
        assertThat(out.toString()).startsWith("VERIFIED: ").contains("logs 1, batches 2, records 6");
    }

    @Test
    void aTamperedStoreExitsOneAndNamesTheFailure() throws Exception {
        Path object = store.root.resolve(store.batches.get(1).batchObjectKey());
        Files.writeString(object, Files.readString(object).replace("service-1", "service-9"));
        assertThat(run("store", store.root.toString(), "--trusted-keys", trust.toString(), "--json")).isEqualTo(1);
        var report = Json.mapper().readTree(out.toString());
        assertThat(report.path("verified").asBoolean()).isFalse();
        assertThat(report.path("failures").get(0).path("check").asText()).isEqualTo("batch-object");
        assertThat(report.path("failures").get(0).path("object").asText()).isEqualTo(store.batches.get(1).batchObjectKey());
    }

    @Test
    void aCheckpointFromTheFutureIsARollback() throws Exception {
        Path checkpoint = directory.resolve("checkpoint.json");
        Files.copy(store.root.resolve(StoreKeys.seal("ci-acme", 1)), checkpoint);
        TestStore older = new TestStore(directory.resolve("older"));
        Files.createDirectories(older.root.resolve("seals/ci-acme"));
        Files.copy(store.root.resolve(StoreKeys.seal("ci-acme", 0)), older.root.resolve(StoreKeys.seal("ci-acme", 0)));
        Path object = older.root.resolve(store.batches.get(0).batchObjectKey());
        Files.createDirectories(object.getParent());
        Files.copy(store.root.resolve(store.batches.get(0).batchObjectKey()), object);
        assertThat(run("store", older.root.toString(), "--trusted-keys", trust.toString(),
                "--checkpoint", checkpoint.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("[checkpoint] log=ci-acme batch=1: rollback");
    }

    @Test
    void usageAndInputErrorsExitTwo() throws Exception {
        assertThat(run("store", store.root.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--trusted-keys=DIR_OR_FILE'");
        assertThat(run("store", directory.resolve("nowhere").toString(), "--trusted-keys", trust.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not an evidence store");
        Path garbage = directory.resolve("garbage.pem");
        Files.writeString(garbage, "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n");
        assertThat(run("store", store.root.toString(), "--trusted-keys", garbage.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("garbage.pem: PEM public key has invalid base64");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).contains("evidex-verify");
        assertThat(run("store", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--checkpoint=FILE").contains("Exit codes:");
    }
}
