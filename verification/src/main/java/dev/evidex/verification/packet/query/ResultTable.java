package dev.evidex.verification.packet.query;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.packet.evidence.RecordReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A query result in its canonical form ({@code result.jsonl}), the bytes a receipt's
 * {@code result_sha256} is over: a JSON array of column names, then one JSON array of typed values
 * per row, each line in RFC 8785 form and ending in a line feed.
 */
public record ResultTable(List<String> columns, List<List<JsonNode>> rows) {
    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }

    public static ResultTable parse(byte[] canonical) throws IOException {
        String text = new String(canonical, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            throw new IOException("result does not end with a line feed");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        List<String> columns = new ArrayList<>();
        for (JsonNode name : array(lines[0], 1)) {
            if (!name.isTextual()) {
                throw new IOException("result line 1: column names must be strings");
            }
            columns.add(name.textValue());
        }
        List<List<JsonNode>> rows = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            JsonNode row = array(lines[i], i + 1);
            if (row.size() != columns.size()) {
                throw new IOException("result line " + (i + 1) + " has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            List<JsonNode> values = new ArrayList<>(row.size());
            row.forEach(values::add);
            rows.add(values);
        }
        return new ResultTable(columns, rows);
    }

    private static JsonNode array(String line, int number) throws IOException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new IOException("result line " + number + " is not JSON: " + Json.describe(e), e);
        }
        if (node == null || !node.isArray()) {
            throw new IOException("result line " + number + " is not a JSON array");
        }
        return node;
    }

    /** The records rows {@code rowNumbers} (1-based) name through the reference column pairs. */
    public List<RowReference> references(List<QueryInfo.ReferenceColumns> pairs, Collection<Integer> rowNumbers) {
        List<RowReference> references = new ArrayList<>();
        for (int row : new TreeSet<>(rowNumbers)) {
            for (QueryInfo.ReferenceColumns pair : pairs) {
                reference(rows.get(row - 1), pair).ifPresent(reference -> references.add(new RowReference(row, pair, reference)));
            }
        }
        return references;
    }

    private Optional<RecordReference> reference(List<JsonNode> row, QueryInfo.ReferenceColumns pair) {
        int logColumn = columns.indexOf(pair.logColumn());
        int indexColumn = columns.indexOf(pair.indexColumn());
        if (logColumn < 0 || indexColumn < 0) {
            return Optional.empty();
        }
        JsonNode log = row.get(logColumn);
        JsonNode index = row.get(indexColumn);
        if (!log.isTextual() || !index.isIntegralNumber() || index.longValue() < 0) {
            return Optional.empty();
        }
        return Optional.of(new RecordReference(log.textValue(), index.longValue()));
    }

    /** A record named by one row. */
    public record RowReference(int row, QueryInfo.ReferenceColumns columns, RecordReference record) {}
}
