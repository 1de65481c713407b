package dev.evidex.querypack.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens DuckDB connections the way every engine needs them: results streamed, never a download at
 * run time, and the Trino functions the pack's Athena texts use defined as macros, so a query needs
 * its own DuckDB text only where the dialects really differ.
 */
public final class DuckDbConnections {
    private DuckDbConnections() {}

    /** A connection to {@code jdbc:duckdb:<database>} ({@code ""} for in-memory). */
    public static Connection open(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        // No network at run time: DuckDB must never download an extension (JSON is built in).
        properties.setProperty("autoinstall_known_extensions", "false");
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database, properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMPORARY MACRO from_iso8601_timestamp(text) AS CAST(text AS TIMESTAMP)");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
