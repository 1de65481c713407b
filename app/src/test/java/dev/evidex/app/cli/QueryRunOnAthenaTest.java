package dev.evidex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.querypack.athena.FakeAthenaServer;
import dev.evidex.querypack.testing.AuditScenario;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidex query run --athena} with the real SDK client against the local Athena protocol server. */
final class QueryRunOnAthenaTest {
    @TempDir
    static Path store;

    private static FakeAthenaServer server;

    @BeforeAll
    static void start() throws Exception {
        AuditScenario.write(store);
        server = FakeAthenaServer.start(store);
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret");
    }

    @AfterAll
    static void stop() {
        server.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void athenaAndTheLocalStoreGiveTheSameRowsAndResultHash() {
        CommandResult athena = CommandResult.run("query", "run", "component-in-version-range", "--athena",
                "--region", "eu-west-1", "--endpoint", server.endpoint().toString(), "--workgroup", "evidex",
                "--output-location", "s3://results/", "-p", "versions==2.14.1", "--format", "csv");
        CommandResult local = CommandResult.run("query", "run", "component-in-version-range", "--store",
                store.toString(), "-p", "versions==2.14.1", "--format", "csv");
        assertThat(athena.exitCode()).as(athena.err()).isZero();
        assertThat(athena.out()).isEqualTo(local.out());
        assertThat(athena.out().lines()).hasSize(4);
        assertThat(athena.err()).contains("3 rows", "athena execution", "bytes scanned");
        assertThat(hash(athena.err())).isEqualTo(hash(local.err()));
    }

    @Test
    void anAthenaFailureExitsOneWithTheReason() {
        server.denyWorkgroup("locked");
        CommandResult result = CommandResult.run("query", "run", "seal-key-rotation", "--athena", "--region",
                "eu-west-1", "--endpoint", server.endpoint().toString(), "--workgroup", "locked");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("error: access denied: AccessDeniedException");
    }

    private static String hash(String err) {
        int at = err.indexOf("result sha256 ") + "result sha256 ".length();
        return err.substring(at, at + 64);
    }
}
