package dev.evidex.querypack.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PackedRowsTest {
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DuckDbConnections.open("");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void rowsComeBackInTheQuerysOwnOrderAcrossManyChunks() throws SQLException {
        // An order that is neither insertion order nor any column's, over several chunks and threads.
        String sql = "SELECT i, 'v' || i AS text, i % 3 = 0 AS flag FROM range(20000) t(i) ORDER BY hash(i), i";

        List<List<String>> packed = packed(sql, 3);

        assertThat(packed).hasSize(20000).isEqualTo(plain(sql));
    }

    @Test
    void textsKeepEveryCharacterAndNullsStayNull() throws SQLException {
        String sql = "SELECT * FROM (VALUES (1, 'line one' || chr(10) || 'line \"two\"\\\\', NULL::BOOLEAN),"
                + " (-9223372036854775808, 'ünïcødé ✓ 🔒' || chr(9), true), (NULL, NULL, false),"
                + " (9223372036854775807, '', NULL)) t(n, s, b) ORDER BY n NULLS FIRST";

        assertThat(packed(sql, 3)).isEqualTo(plain(sql)).containsExactly(
                Arrays.asList(null, null, "false"),
                Arrays.asList("-9223372036854775808", "ünïcødé ✓ 🔒\t", "true"),
                Arrays.asList("1", "line one\nline \"two\"\\\\", null),
                Arrays.asList("9223372036854775807", "", null));
    }

    @Test
    void anEmptyResultHasNoChunks() throws SQLException {
        assertThat(packed("SELECT 1 AS n WHERE false", 1)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[\"a\"]|2|a packed row has 1 values, not 2",
        "{\"a\":1}|1|a packed row is not a JSON array but START_OBJECT",
        "[1.5]|1|a packed row holds VALUE_NUMBER_FLOAT, which no result column type produces",
        "[[1]]|1|a packed row holds START_ARRAY, which no result column type produces",
        "[\"a\"|1|cannot read a packed result chunk"
    })
    void chunksThatAreNotRowsOfTheExpectedWidthAreRejected(String chunk, int columns, String message) {
        assertThatThrownBy(() -> PackedRows.read(chunk, columns))
                .isInstanceOf(SQLException.class).hasMessageStartingWith(message);
    }

    private List<List<String>> packed(String sql, int columns) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet chunks = statement.executeQuery(PackedRows.wrap(sql))) {
            while (chunks.next()) {
                rows.addAll(PackedRows.read(chunks.getString(2), columns));
            }
        }
        return rows;
    }

    /** The reference: every cell fetched on its own through JDBC. */
    private List<List<String>> plain(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
