package dev.evidex.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Measures the two ways of computing leaf hashes while indexing: DuckDB's sha256 over the split lines
 * (what the index does) and Java's MessageDigest over the same lines.
 */
final class LeafHashComparison {
    private final Path store;
    private final Connection connection;
    private final StringBuilder report;

    LeafHashComparison(Path store, Connection connection, StringBuilder report) {
        this.store = store;
        this.connection = connection;
        this.report = report;
    }

    void run() throws Exception {
        long start = System.nanoTime();
        long javaLines = javaHashes();
        double javaSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        long duckDbLines = duckDbHashes();
        double duckDbSeconds = (System.nanoTime() - start) / 1e9;
        report.append(String.format(Locale.ROOT, "leaf hashes only: Java MessageDigest %d lines in %.2f s"
                + " (%.0f/s, one thread, includes reading); DuckDB sha256 %d lines in %.2f s (%.0f/s)%n",
                javaLines, javaSeconds, javaLines / javaSeconds, duckDbLines, duckDbSeconds,
                duckDbLines / duckDbSeconds));
    }

    private long javaHashes() throws IOException, java.security.NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long lines = 0;
        List<Path> files;
        try (var walk = Files.walk(store.resolve("records"))) {
            files = walk.filter(p -> p.toString().endsWith(".jsonl")).toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    sha256.update((byte) 0);
                    sha256.update(bytes, start, i - start);
                    sha256.digest();
                    lines++;
                    start = i + 1;
                }
            }
        }
        return lines;
    }

    private long duckDbHashes() throws SQLException {
        String glob = store.resolve("records").toAbsolutePath().toString().replace("'", "''") + "/dt=*/*.jsonl";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(sha256('\\x00'::BLOB || encode(line)))"
                        + " FROM (SELECT unnest(string_split(content, chr(10))) AS line FROM read_text('" + glob
                        + "')) WHERE line <> ''")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
