package dev.evidex.querypack.duckdb;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.schema.EvidenceSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

/**
 * A DuckDB database that materialises the store's batch objects for fast queries. It is never the
 * source of truth: each row keeps the leaf hash of its exact line and the key of its batch object,
 * so every answer links back to verifiable evidence; the file can be deleted and rebuilt at any time.
 * Batch objects are write-once, so an update reads only batch objects not yet indexed.
 */
public final class LocalIndex implements AutoCloseable {
    /** Bumped when the index layout changes; an index of another format is rebuilt. */
    static final String FORMAT = "evidex-index-2";
    static final String BATCHES_TABLE = "indexed_batches";
    private static final int FILES_PER_TRANSACTION = 10_000;

    private final Path store;
    private final Path file;
    private final EvidenceSchema schema;
    private final Connection connection;

    private LocalIndex(Path store, Path file, EvidenceSchema schema, Connection connection) {
        this.store = store;
        this.file = file;
        this.schema = schema;
        this.connection = connection;
    }

    /** The default location: {@code index/} inside the store, which the verifier ignores. */
    public static Path defaultFile(Path store) {
        return store.resolve("index").resolve("evidex-index.duckdb");
    }

    public static LocalIndex open(Path store, Path file) throws SQLException, IOException {
        requireNonNull(store, "store is null");
        Files.createDirectories(file.toAbsolutePath().getParent());
        EvidenceSchema schema = EvidenceSchema.load();
        Connection connection = connect(file);
        LocalIndex index = new LocalIndex(store, file, schema, connection);
        if (!index.hasCurrentFormat()) {
            connection.close();
            deleteFiles(file);
            index = new LocalIndex(store, file, schema, connect(file));
            index.createTables();
        }
        return index;
    }

    /** Deletes the index and builds it again from every batch object. */
    public static LocalIndex rebuild(Path store, Path file) throws SQLException, IOException {
        deleteFiles(file);
        return open(store, file);
    }

    private static Connection connect(Path file) throws SQLException {
        // Insertion order stays preserved (DuckDB's default): the index keeps rows ordered by stream and
        // time, and the engine numbers result rows in their query's order when it packs them.
        return DuckDbConnections.open(file.toAbsolutePath().toString());
    }

    private static void deleteFiles(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    }

    public Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    /** Indexes every batch object not indexed yet. */
    public IndexUpdate update() throws SQLException, IOException {
        return update(IndexProgress.NONE, Cancellation.none());
    }

    /**
     * Indexes every batch object not indexed yet, reporting how far it is and stopping when cancelled.
     *
     * @throws CancellationException when cancelled: the chunk being indexed is rolled back, chunks of
     *     {@value #FILES_PER_TRANSACTION} batch objects already committed stay, and the next update
     *     goes on from there
     */
    public IndexUpdate update(IndexProgress progress, Cancellation cancellation) throws SQLException, IOException {
        long start = System.nanoTime();
        Set<String> indexed = indexedKeys();
        List<BatchObject> fresh = StoreRecords.list(store).stream()
                .filter(b -> !indexed.contains(b.key())).collect(Collectors.toList());
        long records = 0;
        long bytes = 0;
        if (!fresh.isEmpty()) {
            ProgressScale scale = new ProgressScale(progress, fresh.size());
            scale.step(IndexStep.READING, 0);
            try (ParallelBatchReader reader = new ParallelBatchReader(readerThreads());
                    WatchedStatements statements = new WatchedStatements(cancellation)) {
                for (int from = 0; from < fresh.size(); from += FILES_PER_TRANSACTION) {
                    List<BatchObject> chunk = fresh.subList(from, Math.min(fresh.size(), from + FILES_PER_TRANSACTION));
                    scale.chunk(from, chunk.size());
                    records += indexChunk(chunk, reader, statements, scale);
                    bytes += chunk.stream().mapToLong(BatchObject::size).sum();
                }
            }
        }
        return new IndexUpdate(fresh.size(), records, bytes, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Every core reads and hashes; the loading thread mostly waits on them or on DuckDB. */
    private static int readerThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** One transaction per chunk: a crash leaves either the whole chunk indexed and tracked, or none of it. */
    private long indexChunk(List<BatchObject> chunk, ParallelBatchReader reader, WatchedStatements statements,
            ProgressScale scale) throws SQLException, IOException {
        connection.setAutoCommit(false);
        setProgressTracking(true);
        try {
            long records;
            try (IndexLoader loader = new IndexLoader(connection, schema, statements, scale)) {
                int[] read = {0};
                reader.read(chunk, batch -> {
                    statements.checkCancelled();
                    loader.add(batch);
                    scale.step(IndexStep.READING, (double) ++read[0] / chunk.size());
                });
                records = loader.finish();
            }
            statements.checkCancelled();
            connection.commit();
            return records;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            setProgressTracking(false);
        }
    }

    /** DuckDB estimates a statement's progress only when asked to; it never prints it (this is a library). */
    private void setProgressTracking(boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET enable_progress_bar_print = false");
            statement.execute("SET enable_progress_bar = " + on);
        }
    }

    private Set<String> indexedKeys() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT batch_object FROM indexed_batches")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private boolean hasCurrentFormat() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT value FROM index_meta WHERE key = 'format'")) {
            return rows.next() && FORMAT.equals(rows.getString(1));
        } catch (SQLException missingTable) {
            return false;
        }
    }

    private void createTables() throws SQLException {
        String columns = schema.allColumns().stream().map(c -> c.quotedName() + " " + c.type().duckDbName())
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + schema.table() + " (" + columns
                    + ", leaf_hash VARCHAR NOT NULL, batch_object VARCHAR NOT NULL)");
            statement.execute(SbomPackages.createTableSql(schema));
            statement.execute(SbomPackageNames.createTableSql());
            statement.execute("CREATE TABLE " + BATCHES_TABLE + " (batch_object VARCHAR PRIMARY KEY, bytes BIGINT,"
                    + " indexed_at TIMESTAMP WITH TIME ZONE)");
            statement.execute("CREATE TABLE index_meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
            statement.execute("INSERT INTO index_meta VALUES ('format', '" + FORMAT + "')");
        }
    }

    /** Records in the index. */
    public long recordCount() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + schema.table())) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a read index cannot lose evidence; nothing to report beyond the log of DuckDB itself.
        }
    }
}
