package dev.evidex.querypack.duckdb;

import dev.evidex.querypack.schema.Column;
import dev.evidex.querypack.schema.EvidenceSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The DuckDB view over a store's batch objects: the same table Athena declares over S3, read straight
 * from the JSON lines with explicit column types (no inference) and {@code dt} from the path.
 */
public final class RecordsView {
    private RecordsView() {}

    public static String createViewSql(EvidenceSchema schema, Path store) {
        String glob = store.resolve("records").toAbsolutePath().toString().replace('\\', '/') + "/dt=*/*.jsonl";
        String columns = schema.columns().stream().map(Column::quotedName).collect(Collectors.joining(", "));
        return "CREATE OR REPLACE VIEW " + schema.table() + " AS SELECT " + columns + ", "
                + schema.partition().quotedName() + " FROM read_json(" + SqlText.literal(glob)
                + ", format = 'newline_delimited', hive_partitioning = true,"
                + " hive_types = {'" + schema.partition().name() + "': 'VARCHAR'},"
                + " columns = " + schema.duckDbColumnsArgument() + ")";
    }

    /**
     * The records view and, over it, views with the definitions of the tables the local index derives
     * from the records ({@code sbom_packages}, {@code sbom_package_names}), so that the same DuckDB
     * query text runs on the index and straight on the batch objects.
     */
    public static List<String> createViewsSql(EvidenceSchema schema, Path store) {
        return List.of(createViewSql(schema, store), SbomPackages.createViewSql(schema),
                SbomPackageNames.createViewSql());
    }
}
