package dev.evidex.verification.packet.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV view of a canonical result, written the way the query pack writes CSV (RFC 4180, header
 * row, CRLF, SQL NULL as an empty field), so a verifier can derive the CSV from the hashed result
 * and compare it cell by cell.
 */
public final class ResultCsv {
    private ResultCsv() {}

    public static byte[] of(ResultTable table) {
        StringBuilder out = new StringBuilder();
        line(table.columns(), out);
        for (List<JsonNode> row : table.rows()) {
            line(row.stream().map(ResultCsv::text).toList(), out);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text of a value as CSV holds it; null for SQL NULL. */
    public static String text(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static void line(List<String> values, StringBuilder out) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
