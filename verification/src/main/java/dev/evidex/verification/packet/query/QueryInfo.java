package dev.evidex.verification.packet.query;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a packet says about one query ({@code queries/<id>/definition.json}): the question, the
 * requirements it answers, its columns, and which column pairs name the record behind a row.
 */
public record QueryInfo(String id, String title, String question, List<String> hitrust, List<String> hipaa,
        List<Column> columns, List<ReferenceColumns> recordReferences) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** A result column and its type as the query pack names it ({@code varchar}, {@code bigint}, ...). */
    public record Column(String name, String type) {
        public Column {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }
    }

    /** Two columns that together name a record: its log and its leaf index. */
    public record ReferenceColumns(String logColumn, String indexColumn) {
        public ReferenceColumns {
            requireNonNull(logColumn, "logColumn is null");
            requireNonNull(indexColumn, "indexColumn is null");
        }
    }

    public QueryInfo {
        requireNonNull(id, "id is null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("query id '" + id + "' must match " + ID.pattern());
        }
        requireNonNull(title, "title is null");
        requireNonNull(question, "question is null");
        hitrust = List.copyOf(hitrust);
        hipaa = List.copyOf(hipaa);
        columns = List.copyOf(columns);
        recordReferences = List.copyOf(recordReferences);
    }

    /** Pairs {@code log}/{@code index} and {@code <name>_log}/{@code <name>_index}: the query pack's convention. */
    public static List<ReferenceColumns> conventionalReferences(List<String> columnNames) {
        List<ReferenceColumns> pairs = new ArrayList<>();
        for (String name : columnNames) {
            if (name.equals("log") || name.endsWith("_log")) {
                String index = name.substring(0, name.length() - "log".length()) + "index";
                if (columnNames.contains(index)) {
                    pairs.add(new ReferenceColumns(name, index));
                }
            }
        }
        return pairs;
    }

    public byte[] toCanonicalJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("schema_version", 1);
        node.put("id", id);
        node.put("title", title);
        node.put("question", question);
        ObjectNode controls = node.putObject("controls");
        hitrust.forEach(controls.putArray("hitrust")::add);
        hipaa.forEach(controls.putArray("hipaa")::add);
        ArrayNode columnArray = node.putArray("columns");
        columns.forEach(column -> columnArray.addObject().put("name", column.name()).put("type", column.type()));
        ArrayNode references = node.putArray("record_references");
        recordReferences.forEach(pair -> references.addObject().put("log_column", pair.logColumn())
                .put("index_column", pair.indexColumn()));
        return CanonicalJson.bytes(node);
    }

    public static QueryInfo parse(byte[] bytes) throws IOException {
        JsonNode node = Json.mapper().readTree(bytes);
        if (node == null || !node.isObject()) {
            throw new IOException("query definition must be a JSON object");
        }
        List<Column> columns = new ArrayList<>();
        for (JsonNode column : node.path("columns")) {
            columns.add(new Column(column.path("name").asText(), column.path("type").asText()));
        }
        List<ReferenceColumns> references = new ArrayList<>();
        for (JsonNode pair : node.path("record_references")) {
            references.add(new ReferenceColumns(pair.path("log_column").asText(), pair.path("index_column").asText()));
        }
        try {
            return new QueryInfo(node.path("id").asText(), node.path("title").asText(), node.path("question").asText(),
                    texts(node.path("controls").path("hitrust")), texts(node.path("controls").path("hipaa")),
                    columns, references);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
