package dev.evidex.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.testing.AuditScenario;
import dev.evidex.verification.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QueryCommandsTest {
    @TempDir
    static Path store;

    @TempDir
    Path work;

    @BeforeAll
    static void writeStore() {
        AuditScenario.write(store);
    }

    @Test
    void listNamesEveryQuery() {
        CommandResult result = CommandResult.run("query", "list");
        assertThat(result.exitCode()).isZero();
        for (QueryDefinition query : QueryPack.builtIn().queries()) {
            assertThat(result.out()).contains(query.id(), query.title());
        }
    }

    @Test
    void showPrintsQuestionControlsParametersColumnsAndSql() {
        CommandResult result = CommandResult.run("query", "show", "component-in-version-range");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Question: Which images have a package",
                "HITRUST CSF: 10.m Control of Technical Vulnerabilities", "HIPAA Security Rule: 164.308(a)(1)(ii)(A)",
                "versions (version_range, default '<2.17.1')", "running boolean", "Athena SQL (Trino):",
                "DuckDB SQL:", "Placeholders bind, in order: package, package, versions.lower");
    }

    @Test
    void runWritesCsvAndReportsTheReceiptSummary() {
        CommandResult result = CommandResult.run("query", "run", "rejected-admissions", "--store", store.toString(),
                "--param", "from=2024-03-01", "-p", "to=2024-03-31", "--format", "csv");
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("time,cluster,namespace,user,operation,resource");
        assertThat(lines.get(1)).startsWith("2024-03-01T10:05:00Z,prod-east,payments,alice,");
        assertThat(result.err()).contains("4 rows, result sha256 ");
    }

    @Test
    void runWritesJsonLinesToAFileWithItsReceiptBeside() throws Exception {
        Path out = work.resolve("denied.jsonl");
        CommandResult result = CommandResult.run("query", "run", "rejected-admissions", "--store", store.toString(),
                "-p", "from=2024-03-01", "-p", "to=2024-03-31", "--format", "json", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows).hasSize(4);
        assertThat(Json.mapper().readTree(rows.get(0)).path("response_code").isIntegralNumber()).isTrue();
        JsonNode receipt = Json.mapper().readTree(work.resolve("denied.jsonl.receipt.json").toFile());
        assertThat(receipt.path("query_id").asText()).isEqualTo("rejected-admissions");
        assertThat(receipt.path("pack_version").asText()).isEqualTo(QueryPack.builtIn().version());
        assertThat(receipt.path("engine").asText()).isEqualTo("duckdb");
        assertThat(receipt.path("row_count").asLong()).isEqualTo(4);
        assertThat(receipt.path("parameters").path("from").asText()).isEqualTo("2024-03-01");
        assertThat(receipt.path("sql_sha256").asText()).isEqualTo(sha256(
                QueryPack.builtIn().find("rejected-admissions").orElseThrow().duckDbSql().orElseThrow()));
        assertThat(receipt.path("result_sha256").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void anEmptyAnswerIsASuccess() {
        CommandResult result = CommandResult.run("query", "run", "admitted-without-evidence", "--store",
                store.toString(), "-p", "from=2024-03-01", "-p", "to=2024-03-04");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("(0 rows)");
    }

    @Test
    void aQuotedValueIsOnlyAValue() {
        CommandResult result = CommandResult.run("query", "run", "rejected-admissions", "--store", store.toString(),
                "-p", "from=2024-03-01", "-p", "cluster=x' OR '1'='1", "--format", "csv");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "query run nope --store STORE|unknown query 'nope' (queries: signed-images-in-production,",
        "query run rejected-admissions --store STORE -p colour=red|unknown parameter 'colour' for query rejected-admissions",
        "query run rejected-admissions --store STORE -p from=March|parameter 'from' expects a date (YYYY-MM-DD, 'today' or 'today-<n>d'), got 'March'",
        "query run scan-gate-outcomes --store STORE -p decision=maybe|parameter 'decision' expects one of fail, pass, all, got 'maybe'",
        "query run image-provenance --store STORE|missing required parameter 'digest' for query image-provenance",
        "query run seal-key-rotation|choose where to run: --store DIR or --athena",
        "query run seal-key-rotation --store STORE --format xml|Invalid value for option '--format'",
        "query run seal-key-rotation --store /nonexistent/store|not an evidence store (no records/ folder)",
        "query show nope|unknown query 'nope'",
        "query|Missing command: choose one of",
    })
    void usageAndInputErrorsExitTwoWithAPreciseMessage(String command, String message) {
        String[] args = command.replace("STORE", store.toString()).split(" ");
        CommandResult result = CommandResult.run(args);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("error: " + message);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
