package dev.evidex.querypack.athena;

import dev.evidex.querypack.duckdb.DuckDbConnections;
import dev.evidex.querypack.duckdb.RecordsView;
import dev.evidex.querypack.duckdb.StoreRecords;
import dev.evidex.querypack.duckdb.BatchObject;
import dev.evidex.querypack.pack.Dialect;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.schema.EvidenceSchema;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.BooleanLiteral;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.LongLiteral;
import io.trino.sql.tree.StringLiteral;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Executes Athena SQL for the fake server on DuckDB over the store's batch objects. */
final class FakeAthenaQueries implements AutoCloseable {
    private static final Pattern MISSING_TABLE = Pattern.compile("Table with name (\\S+) does not exist");

    private final Connection connection;
    private final Map<String, String> duckDbTextOfAthenaText;
    private final long storeBytes;
    private final SqlParser parser = new SqlParser();

    FakeAthenaQueries(Path store) throws Exception {
        connection = DuckDbConnections.open("");
        try (Statement statement = connection.createStatement()) {
            for (String view : RecordsView.createViewsSql(EvidenceSchema.load(), store)) {
                statement.execute(view);
            }
        }
        duckDbTextOfAthenaText = QueryPack.builtIn().queries().stream()
                .collect(Collectors.toMap(QueryDefinition::athenaSql, q -> q.sql(Dialect.DUCKDB), (a, b) -> a));
        storeBytes = StoreRecords.list(store).stream().mapToLong(BatchObject::size).sum();
    }

    long storeBytes() {
        return storeBytes;
    }

    synchronized FakeResult run(String athenaSql, List<String> parameters, String database) {
        try {
            parser.createStatement(athenaSql);
        } catch (ParsingException e) {
            return FakeResult.failure("SYNTAX_ERROR: line " + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + e.getErrorMessage());
        }
        List<Object> values = new ArrayList<>();
        for (String parameter : parameters) {
            Object value = literal(parameter);
            if (value == null) {
                return FakeResult.failure("INVALID_PARAMETER: execution parameter is not a single literal: "
                        + parameter);
            }
            values.add(value);
        }
        String sql = duckDbTextOfAthenaText.getOrDefault(athenaSql, athenaSql);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return FakeResult.success(columns(rows.getMetaData()), rows(rows));
            }
        } catch (SQLException e) {
            Matcher missing = MISSING_TABLE.matcher(String.valueOf(e.getMessage()));
            if (missing.find()) {
                return FakeResult.failure("TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog." + database + "."
                        + missing.group(1) + "' does not exist");
            }
            return FakeResult.failure("GENERIC_INTERNAL_ERROR: " + e.getMessage());
        }
    }

    /** Athena substitutes each execution parameter as one literal; anything else is refused. */
    private Object literal(String parameter) {
        Expression expression;
        try {
            expression = parser.createExpression(parameter);
        } catch (ParsingException e) {
            return null;
        }
        if (expression instanceof StringLiteral text) {
            return text.getValue();
        }
        if (expression instanceof LongLiteral number) {
            return number.getParsedValue();
        }
        if (expression instanceof BooleanLiteral flag) {
            return flag.getValue();
        }
        return null;
    }

    private static List<String[]> columns(ResultSetMetaData metadata) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            columns.add(new String[] {metadata.getColumnLabel(i),
                    metadata.getColumnTypeName(i).toLowerCase(Locale.ROOT)});
        }
        return columns;
    }

    private static List<List<String>> rows(ResultSet rows) throws SQLException {
        int count = rows.getMetaData().getColumnCount();
        Function<Object, String> text = value -> value == null ? null : value.toString();
        List<List<String>> result = new ArrayList<>();
        while (rows.next()) {
            List<String> row = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                row.add(text.apply(rows.getObject(i)));
            }
            result.add(row);
        }
        return result;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // test server shutdown
        }
    }
}
