package dev.evidex.querypack.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.querypack.duckdb.RecordsView;
import dev.evidex.querypack.testing.AuditScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Glue table (Athena) and the DuckDB view declare the same columns with the same types. */
final class TableDefinitionsTest {
    private static final Pattern DDL_COLUMN = Pattern.compile("^\\s*`([a-z_]+)` (.+?),?$", Pattern.MULTILINE);
    private static final Pattern PARTITION = Pattern.compile("PARTITIONED BY \\(`([a-z_]+)` ([a-z]+)\\)");

    @TempDir
    Path store;

    @Test
    void athenaDdlAndDuckDbViewDeclareTheSameColumnsAndTypes() throws Exception {
        AuditScenario.write(store);
        Map<String, String> athena = athenaColumns(EvidenceSchema.athenaDdl());
        Map<String, String> duckDb = duckDbViewColumns(store);
        assertThat(duckDb).containsExactlyEntriesOf(athena);
    }

    @Test
    void athenaDdlMatchesTheLogicalSchema() {
        Map<String, String> logical = new LinkedHashMap<>();
        EvidenceSchema.load().allColumns().forEach(c -> logical.put(c.name(), c.type().duckDbName()));
        assertThat(athenaColumns(EvidenceSchema.athenaDdl())).containsExactlyEntriesOf(logical);
    }

    @Test
    void theDeployedDdlInSrcAwsIsThePacksDdl() throws Exception {
        Path deployed = Path.of(System.getProperty("user.dir")).getParent().resolve("src/aws/glue/evidence-records.sql");
        assertThat(Files.readString(deployed, StandardCharsets.UTF_8)).isEqualTo(EvidenceSchema.athenaDdl());
    }

    @Test
    void athenaDdlProjectsTheDatePartitionOverTheRecordsPath() {
        String ddl = EvidenceSchema.athenaDdl();
        assertThat(ddl).contains("'projection.enabled' = 'true'", "'projection.dt.type' = 'date'",
                "'projection.dt.format' = 'yyyy-MM-dd'", "records/dt=${dt}/", "org.openx.data.jsonserde.JsonSerDe");
    }

    /** Column name to DuckDB type, derived from the Hive types of the DDL. */
    private static Map<String, String> athenaColumns(String ddl) {
        Map<String, String> columns = new LinkedHashMap<>();
        String body = ddl.substring(ddl.indexOf('(') + 1, ddl.indexOf("\n)"));
        Matcher column = DDL_COLUMN.matcher(body);
        while (column.find()) {
            columns.put(column.group(1), ColumnType.parse(column.group(2)).duckDbName());
        }
        Matcher partition = PARTITION.matcher(ddl);
        assertThat(partition.find()).isTrue();
        columns.put(partition.group(1), ColumnType.parse(partition.group(2)).duckDbName());
        return columns;
    }

    private static Map<String, String> duckDbViewColumns(Path store) throws Exception {
        Map<String, String> columns = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute(RecordsView.createViewSql(EvidenceSchema.load(), store));
            try (ResultSet rows = statement.executeQuery("DESCRIBE evidence_records")) {
                while (rows.next()) {
                    columns.put(rows.getString("column_name"), normalise(rows.getString("column_type")));
                }
            }
        }
        return columns;
    }

    /** DuckDB quotes some struct field names in DESCRIBE; the types are compared without quotes. */
    private static String normalise(String duckDbType) {
        return duckDbType.replace("\"", "");
    }

    static List<String> names(Map<String, String> columns) {
        return new ArrayList<>(columns.keySet());
    }
}
