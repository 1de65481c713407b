package dev.evidex.querypack.schema;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one logical schema of the {@code evidence_records} table: the queryable columns of section 2.2
 * of the evidence format plus the {@code dt} partition. Athena's Glue DDL and DuckDB's view and
 * index are all checked against it.
 */
public record EvidenceSchema(String table, List<Column> columns, Column partition) {
    private static final String RESOURCE = "evidence-records.json";

    public EvidenceSchema {
        requireNonNull(table, "table is null");
        columns = List.copyOf(columns);
        requireNonNull(partition, "partition is null");
    }

    public static EvidenceSchema load() {
        try (InputStream in = EvidenceSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = Json.mapper().readTree(in);
            List<Column> columns = new ArrayList<>();
            for (JsonNode column : root.path("columns")) {
                columns.add(column(column));
            }
            return new EvidenceSchema(root.path("table").asText(), columns, column(root.path("partition")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Column column(JsonNode node) {
        return new Column(node.path("name").asText(), ColumnType.parse(node.path("type").asText()));
    }

    /** Columns and partition, in table order. */
    public List<Column> allColumns() {
        List<Column> all = new ArrayList<>(columns);
        all.add(partition);
        return List.copyOf(all);
    }

    /** The {@code columns} argument of DuckDB's {@code read_json} for the record columns. */
    public String duckDbColumnsArgument() {
        return columns.stream()
                .map(c -> "'" + c.name() + "': '" + c.type().duckDbName() + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** The structure argument of DuckDB's {@code json_transform} for a whole record. */
    public String jsonStructure() {
        return columns.stream()
                .map(c -> "\"" + c.name() + "\":" + c.type().jsonStructure())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** The Glue/Athena DDL shipped in the pack, with the operator's placeholders left in place. */
    public static String athenaDdl() {
        try (InputStream in = EvidenceSchema.class.getResourceAsStream("athena-evidence-records.sql")) {
            return new String(requireNonNull(in, "athena DDL resource").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
