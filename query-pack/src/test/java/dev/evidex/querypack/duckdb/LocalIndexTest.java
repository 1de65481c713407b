package dev.evidex.querypack.duckdb;

import static dev.evidex.querypack.testing.Records.record;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.querypack.schema.EvidenceSchema;
import dev.evidex.querypack.testing.AuditScenario;
import dev.evidex.querypack.testing.TestStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LocalIndexTest {
    @TempDir
    Path store;

    @Test
    void anUpdateReadsOnlyBatchObjectsNotIndexedYet() throws Exception {
        TestStore writer = AuditScenario.write(store);
        int batches = writer.writtenKeys().size();
        try (LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store))) {
            IndexUpdate first = index.update();
            assertThat(first.batchesAdded()).isEqualTo(batches);
            long records = index.recordCount();
            assertThat(first.recordsAdded()).isEqualTo(records);

            assertThat(index.update().batchesAdded()).isZero();
            writer.writeBatch("prod-east", List.of(record("admission", "2024-04-01T00:00:00Z", "decision", "allowed")));
            IndexUpdate second = index.update();
            assertThat(second.batchesAdded()).isEqualTo(1);
            assertThat(second.recordsAdded()).isEqualTo(1);
            assertThat(index.recordCount()).isEqualTo(records + 1);
        }
    }

    @Test
    void everyRowKeepsTheLeafHashOfItsExactLineAndItsBatchObject() throws Exception {
        TestStore writer = AuditScenario.write(store);
        String key = writer.writtenKeys().get(0);
        List<String> lines = Files.readAllLines(store.resolve(key), StandardCharsets.UTF_8);
        try (LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store))) {
            index.update();
            try (Statement statement = index.connection().createStatement();
                    ResultSet rows = statement.executeQuery("SELECT leaf_hash, dt FROM evidence_records"
                            + " WHERE batch_object = '" + key + "' ORDER BY \"index\"")) {
                for (String line : lines) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo(leafHash(line));
                    assertThat(rows.getString(2)).isEqualTo(key.substring(11, 21));
                }
                assertThat(rows.next()).isFalse();
            }
        }
    }

    @Test
    void derivedTablesHoldWhatTheirViewsOverTheBatchObjectsSay() throws Exception {
        AuditScenario.write(store);
        try (LocalIndex index = LocalIndex.open(store, LocalIndex.defaultFile(store));
                java.sql.Connection files = DuckDbConnections.open("");
                Statement views = files.createStatement()) {
            index.update();
            for (String view : RecordsView.createViewsSql(EvidenceSchema.load(), store)) {
                views.execute(view);
            }
            for (String query : List.of("SELECT * FROM sbom_packages ORDER BY ALL",
                    "SELECT * FROM sbom_package_names ORDER BY ALL")) {
                List<String> indexed = rows(index.connection(), query);
                assertThat(indexed).isNotEmpty().isEqualTo(rows(files, query));
            }
        }
    }

    private static List<String> rows(java.sql.Connection connection, String query) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void theIndexCanBeDeletedAndRebuiltWithTheSameContent() throws Exception {
        AuditScenario.write(store);
        Path file = LocalIndex.defaultFile(store);
        long before;
        try (LocalIndex index = LocalIndex.open(store, file)) {
            index.update();
            before = index.recordCount();
        }
        try (LocalIndex rebuilt = LocalIndex.rebuild(store, file)) {
            assertThat(rebuilt.recordCount()).isZero();
            rebuilt.update();
            assertThat(rebuilt.recordCount()).isEqualTo(before);
        }
    }

    @Test
    void filesThatAreNotBatchObjectsAreIgnored() throws Exception {
        AuditScenario.write(store);
        Files.writeString(store.resolve("records/dt=2024-03-01/notes.txt"), "not evidence");
        Files.writeString(store.resolve("records/dt=2024-03-01/Upper-000000000001.jsonl"), "{}\n");
        assertThat(StoreRecords.list(store)).allSatisfy(b -> assertThat(b.key()).matches(
                "records/dt=\\d{4}-\\d{2}-\\d{2}/[a-z0-9][a-z0-9._-]*-\\d{12}\\.jsonl"));
    }

    private static String leafHash(String line) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update((byte) 0);
        sha256.update(line.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
