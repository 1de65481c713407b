package dev.evidex.querypack.duckdb;

import dev.evidex.querypack.schema.Column;
import dev.evidex.querypack.schema.ColumnType;
import dev.evidex.querypack.schema.EvidenceSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code sbom_packages}: one row per element of the {@code packages} array of every {@code sbom}
 * record, with the record's {@code log}, {@code index} and {@code digest}. Package questions filter
 * and join on these flat columns instead of unnesting every SBOM on every query. The local index
 * fills it in the same pass as {@code evidence_records}; over the batch objects it is a view with
 * exactly this definition.
 */
final class SbomPackages {
    static final String TABLE = "sbom_packages";
    private static final List<String> RECORD_COLUMNS = List.of("log", "index", "digest");

    private SbomPackages() {}

    /** The table's columns: the record columns, then the package struct's fields. */
    static List<Column> columns(EvidenceSchema schema) {
        List<Column> columns = new ArrayList<>();
        for (String name : RECORD_COLUMNS) {
            columns.add(schema.columns().get(position(schema, name)));
        }
        for (ColumnType.Field field : packageFields(schema)) {
            columns.add(new Column(field.name(), field.type()));
        }
        return List.copyOf(columns);
    }

    static String createTableSql(EvidenceSchema schema) {
        return "CREATE TABLE " + TABLE + " (" + columns(schema).stream()
                .map(c -> c.quotedName() + " " + c.type().duckDbName()).collect(Collectors.joining(", ")) + ")";
    }

    /** Fills the table from the rows of {@code evidence_records} that match {@code condition}. */
    static String insertSql(EvidenceSchema schema, String condition) {
        return "INSERT INTO " + TABLE + " " + selectSql(schema, condition);
    }

    /** The same rows computed from {@code evidence_records}, for engines without the index. */
    static String createViewSql(EvidenceSchema schema) {
        return "CREATE OR REPLACE VIEW " + TABLE + " AS " + selectSql(schema, "true");
    }

    private static String selectSql(EvidenceSchema schema, String condition) {
        String recordColumns = RECORD_COLUMNS.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        String fields = packageFields(schema).stream().map(f -> "p.\"" + f.name() + "\" AS \"" + f.name() + "\"")
                .collect(Collectors.joining(", "));
        return "SELECT " + recordColumns + ", " + fields + " FROM (SELECT " + recordColumns
                + ", unnest(\"packages\") AS p FROM " + schema.table() + " WHERE \"stream\" = 'sbom' AND ("
                + condition + "))";
    }

    private static List<ColumnType.Field> packageFields(EvidenceSchema schema) {
        ColumnType type = schema.columns().get(position(schema, "packages")).type();
        return ((ColumnType.StructType) ((ColumnType.ArrayType) type).element()).fields();
    }

    private static int position(EvidenceSchema schema, String name) {
        for (int i = 0; i < schema.columns().size(); i++) {
            if (schema.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("the schema has no column " + name);
    }
}
