package dev.evidex.querypack.duckdb;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.ExecutionSummary;
import dev.evidex.querypack.engine.FailureKind;
import dev.evidex.querypack.engine.QueryEngine;
import dev.evidex.querypack.engine.QueryExecutionException;
import dev.evidex.querypack.pack.Dialect;
import dev.evidex.querypack.pack.ResultColumn;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.SqlArgument;
import dev.evidex.querypack.result.ResultSink;
import dev.evidex.querypack.schema.EvidenceSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The embedded engine: pack queries on DuckDB, over the local index or straight over the batch objects. */
public final class DuckDbEngine implements QueryEngine {
    private final Connection connection;
    private final AutoCloseable owner;

    private DuckDbEngine(Connection connection, AutoCloseable owner) {
        this.connection = requireNonNull(connection, "connection is null");
        this.owner = requireNonNull(owner, "owner is null");
    }

    /** Queries the local index; the engine owns (and closes) it. */
    public static DuckDbEngine overIndex(LocalIndex index) {
        return new DuckDbEngine(index.connection(), index);
    }

    /** Queries the batch objects directly through the records view, with no index (slower, nothing written). */
    public static DuckDbEngine overFiles(Path store) throws SQLException {
        Connection connection = DuckDbConnections.open("");
        try (Statement statement = connection.createStatement()) {
            for (String view : RecordsView.createViewsSql(EvidenceSchema.load(), store)) {
                statement.execute(view);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new DuckDbEngine(connection, connection);
    }

    @Override
    public String name() {
        return "duckdb";
    }

    @Override
    public Dialect dialect() {
        return Dialect.DUCKDB;
    }

    @Override
    public ExecutionSummary execute(BoundQuery query, ResultSink sink, Cancellation cancellation)
            throws QueryExecutionException {
        String executionId = UUID.randomUUID().toString();
        Instant started = Instant.now();
        String sql = query.query().sql(Dialect.DUCKDB);
        List<ResultColumn> columns = query.query().columns();
        // The result's names and types, checked before the packed run (whose own columns are chunks);
        // LIMIT 0 plans with the bound values, which some columns' types depend on, and reads nothing.
        try (PreparedStatement declared = connection.prepareStatement("SELECT * FROM (" + sql + "\n) LIMIT 0")) {
            bind(declared, query.arguments());
            try (ResultSet none = declared.executeQuery()) {
                ResultColumns.check(query.query().id(), columns, none.getMetaData());
            }
        } catch (SQLException e) {
            throw new QueryExecutionException(FailureKind.ENGINE_ERROR, e.getMessage(), Optional.of(executionId), e);
        }
        try (PreparedStatement statement = connection.prepareStatement(PackedRows.wrap(sql))) {
            bind(statement, query.arguments());
            cancellation.onCancel(() -> cancel(statement));
            try (ResultSet chunks = statement.executeQuery()) {
                sink.start(columns);
                stream(chunks, columns.size(), sink, cancellation);
                sink.finish();
            }
        } catch (SQLException e) {
            if (cancellation.isCancelled()) {
                throw new QueryExecutionException(FailureKind.CANCELLED, query.query().id(), Optional.of(executionId), e);
            }
            throw new QueryExecutionException(FailureKind.ENGINE_ERROR, e.getMessage(), Optional.of(executionId), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cancellation.isCancelled()) {
            throw new QueryExecutionException(FailureKind.CANCELLED, query.query().id(), Optional.of(executionId));
        }
        return new ExecutionSummary(executionId, started, Instant.now(), Optional.empty(), Optional.empty());
    }

    private static void stream(ResultSet chunks, int columns, ResultSink sink, Cancellation cancellation)
            throws SQLException, IOException {
        while (!cancellation.isCancelled() && chunks.next()) {
            for (List<String> row : PackedRows.read(chunks.getString(2), columns)) {
                if (cancellation.isCancelled()) {
                    return;
                }
                sink.row(row);
            }
        }
    }

    private static void bind(PreparedStatement statement, List<SqlArgument> arguments) throws SQLException {
        for (int i = 0; i < arguments.size(); i++) {
            SqlArgument argument = arguments.get(i);
            if (argument instanceof SqlArgument.Text text) {
                statement.setString(i + 1, text.value());
            } else if (argument instanceof SqlArgument.Number number) {
                statement.setLong(i + 1, number.value());
            } else if (argument instanceof SqlArgument.Flag flag) {
                statement.setBoolean(i + 1, flag.value());
            }
        }
    }

    private static void cancel(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // The statement already finished or closed: nothing left to cancel.
        }
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            // Closing a read-only engine cannot lose evidence.
        }
    }

    /** Column check shared with tests: the result must have exactly the declared names and types. */
    static final class ResultColumns {
        private ResultColumns() {}

        static void check(String queryId, List<ResultColumn> declared, ResultSetMetaData actual) throws SQLException {
            List<String> expected = new ArrayList<>();
            declared.forEach(c -> expected.add(c.name() + " " + c.type().name()));
            List<String> found = new ArrayList<>();
            for (int i = 1; i <= actual.getColumnCount(); i++) {
                found.add(actual.getColumnLabel(i) + " " + actual.getColumnTypeName(i));
            }
            if (!expected.equals(found)) {
                throw new SQLException("query " + queryId + " returns " + found + " but declares " + expected);
            }
        }
    }
}
