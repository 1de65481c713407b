package dev.evidex.verification.packet.query;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.packet.evidence.RecordReference;
import java.io.IOException;
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
    /** Reads one value in the middle of a stream: what follows it is the caller's to check. */
    private static final ObjectReader SUBTREE = Json.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }

    /**
     * Parses with one streaming parser over the whole result (a hundred thousand rows are not split
     * into strings first), checking that every JSON array ends exactly at its line feed.
     */
    public static ResultTable parse(byte[] canonical) throws IOException {
        if (canonical.length == 0 || canonical[canonical.length - 1] != '\n') {
            throw new IOException("result does not end with a line feed");
        }
        List<String> columns = new ArrayList<>();
        List<List<JsonNode>> rows = new ArrayList<>();
        try (JsonParser parser = Json.mapper().createParser(canonical)) {
            int line = 1;
            int lineStart = 0;
            while (lineStart < canonical.length) {
                JsonNode node = array(parser, line);
                long end = parser.currentLocation().getByteOffset();
                if (end >= canonical.length || canonical[(int) end] != '\n' || lineStart != lineStart(canonical, end)) {
                    throw new IOException("result line " + line + " is not one JSON array followed by a line feed");
                }
                if (line == 1) {
                    columns(node, columns);
                } else {
                    rows.add(row(node, columns.size(), line));
                }
                lineStart = (int) end + 1;
                line++;
            }
            if (columns.isEmpty() && line == 1) {
                throw new IOException("result line 1 is not a JSON array");
            }
        }
        return new ResultTable(columns, rows);
    }

    /** Where the line holding byte {@code end} starts. */
    private static int lineStart(byte[] bytes, long end) {
        int i = (int) end - 1;
        while (i >= 0 && bytes[i] != '\n') {
            i--;
        }
        return i + 1;
    }

    private static void columns(JsonNode names, List<String> columns) throws IOException {
        for (JsonNode name : names) {
            if (!name.isTextual()) {
                throw new IOException("result line 1: column names must be strings");
            }
            columns.add(name.textValue());
        }
    }

    private static List<JsonNode> row(JsonNode row, int columns, int line) throws IOException {
        if (row.size() != columns) {
            throw new IOException("result line " + line + " has " + row.size() + " values for " + columns + " columns");
        }
        List<JsonNode> values = new ArrayList<>(row.size());
        row.forEach(values::add);
        return values;
    }

    private static JsonNode array(JsonParser parser, int number) throws IOException {
        JsonNode node;
        try {
            node = parser.nextToken() == null ? null : SUBTREE.readTree(parser);
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
