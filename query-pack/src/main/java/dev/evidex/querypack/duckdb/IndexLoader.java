package dev.evidex.querypack.duckdb;

import dev.evidex.querypack.schema.EvidenceSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads batch objects into the index within the connection's transaction. The leaf hashes, computed
 * in Java, are appended to a narrow staging table; one INSERT then lets DuckDB read, split and parse
 * the same files in parallel and join each line to its hash by batch object and line number.
 * (DuckDB's Java appender costs time per column and chunk, which makes appending the wide record
 * table itself slower than parsing in DuckDB; its own sha256() is several times slower than the JDK's.)
 */
final class IndexLoader implements AutoCloseable {
    private static final String HASHES = "staged_leaf_hashes";
    private static final String BATCHES = "staged_batches";

    private final Connection connection;
    private final EvidenceSchema schema;
    private final WatchedStatements statements;
    private final ProgressScale progress;
    private final DuckDBAppender batches;
    private final DuckDBAppender hashes;
    private final List<String> paths = new ArrayList<>();
    private long lines;

    IndexLoader(Connection connection, EvidenceSchema schema, WatchedStatements statements, ProgressScale progress)
            throws SQLException {
        this.connection = connection;
        this.schema = schema;
        this.statements = statements;
        this.progress = progress;
        execute("CREATE OR REPLACE TEMP TABLE " + BATCHES
                + " (file INTEGER, path VARCHAR, batch_object VARCHAR, dt VARCHAR, bytes BIGINT)");
        execute("CREATE OR REPLACE TEMP TABLE " + HASHES + " (file INTEGER, line_number INTEGER, leaf_hash VARCHAR)");
        DuckDBConnection duckDb = connection.unwrap(DuckDBConnection.class);
        this.batches = duckDb.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, BATCHES);
        this.hashes = duckDb.createAppender("temp", DuckDBConnection.DEFAULT_SCHEMA, HASHES);
    }

    void add(BatchLines batch) throws SQLException {
        int file = paths.size();
        String key = batch.batch().key();
        // The same text goes to read_text and into the join key, in the form DuckDB hands back.
        String path = batch.batch().path().toAbsolutePath().toString().replace('\\', '/');
        paths.add(path);
        batches.beginRow().append(file).append(path).append(key)
                .append(key.substring("records/dt=".length(), "records/dt=YYYY-MM-DD".length()))
                .append(batch.batch().size()).endRow();
        for (int i = 0; i < batch.lineNumbers().size(); i++) {
            hashes.beginRow().append(file).append(batch.lineNumbers().get(i).intValue())
                    .append(batch.leafHashes().get(i)).endRow();
        }
        lines += batch.lineNumbers().size();
    }

    /** Inserts the staged batch objects, derives their package rows and tracks them; returns the records added. */
    long finish() throws SQLException {
        if (paths.isEmpty()) {
            return 0;
        }
        hashes.flush();
        batches.flush();
        progress.step(IndexStep.LOADING, 0);
        // With insertion order preserved (the connection's setting), the table keeps this insert's ORDER BY.
        long records = statements.executeUpdate(connection, insertRecordsSql(),
                done -> progress.step(IndexStep.LOADING, done));
        if (records != lines) {
            throw new SQLException("indexing read " + records + " record lines but hashed " + lines);
        }
        progress.step(IndexStep.DERIVING, 0);
        String staged = "batch_object IN (SELECT batch_object FROM " + BATCHES + ")";
        statements.executeUpdate(connection, SbomPackages.insertSql(schema, staged),
                done -> progress.step(IndexStep.DERIVING, 0.7 * done));
        for (String sql : SbomPackageNames.refreshSql("SELECT \"digest\" FROM " + schema.table()
                + " WHERE \"stream\" = 'sbom' AND " + staged)) {
            statements.executeUpdate(connection, sql, done -> progress.step(IndexStep.DERIVING, 0.7 + 0.3 * done));
        }
        execute("INSERT INTO " + LocalIndex.BATCHES_TABLE + " SELECT batch_object, bytes, now() FROM " + BATCHES);
        progress.step(IndexStep.DERIVING, 1);
        return records;
    }

    /**
     * DuckDB reads and splits the files and parses each line with the schema's types in one parallel
     * pass. The parsed struct is a MATERIALIZED common table expression: otherwise DuckDB may inline
     * it and parse every line once per column (measured: 50x slower). Rows are stored ordered by
     * stream and time: queries select one or two streams, and the per-block min/max statistics then
     * let DuckDB skip the blocks of all other streams (measured: scans 2x to 3x cheaper).
     */
    private String insertRecordsSql() {
        String files = paths.stream().map(SqlText::literal).collect(Collectors.joining(", ", "[", "]"));
        String columns = schema.columns().stream().map(c -> "p.r." + c.quotedName()).collect(Collectors.joining(", "));
        return "INSERT INTO " + schema.table() + " WITH split AS (SELECT filename, string_split(content, chr(10)) AS lines"
                + " FROM read_text(" + files + ")),"
                + " numbered AS (SELECT filename, unnest(lines) AS line, unnest(range(1, len(lines) + 1)) AS line_number"
                + " FROM split),"
                + " parsed AS MATERIALIZED (SELECT filename, line_number, json_transform(line, "
                + SqlText.literal(schema.jsonStructure()) + ") AS r FROM numbered WHERE line <> '')"
                + " SELECT " + columns + ", b.dt, h.leaf_hash, b.batch_object FROM parsed p"
                + " JOIN " + BATCHES + " b ON b.path = p.filename"
                + " JOIN " + HASHES + " h ON h.file = b.file AND h.line_number = p.line_number"
                + " ORDER BY p.r.\"stream\", p.r.\"time\"";
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        try (DuckDBAppender first = hashes; DuckDBAppender second = batches) {
            // nothing left to flush that finish() did not use; the caller commits or rolls back
        }
        execute("DROP TABLE IF EXISTS " + HASHES);
        execute("DROP TABLE IF EXISTS " + BATCHES);
    }
}
