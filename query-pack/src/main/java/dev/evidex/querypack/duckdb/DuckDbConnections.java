package dev.evidex.querypack.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens DuckDB connections the way every engine needs them: results streamed, and never a download
 * at run time.
 */
public final class DuckDbConnections {
    private DuckDbConnections() {}

    /** A connection to {@code jdbc:duckdb:<database>} ({@code ""} for in-memory). */
    public static Connection open(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        // No network at run time: DuckDB must never download an extension (JSON is built in).
        properties.setProperty("autoinstall_known_extensions", "false");
        // Said, not assumed: the engine relies on subquery order surviving a projection (see PackedRows).
        properties.setProperty("preserve_insertion_order", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + database, properties);
    }
}
