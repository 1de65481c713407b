package dev.evidex.collector.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Small accessors for optional members of tool JSON, where absent and null mean the same. */
final class JsonFields {
    private JsonFields() {}

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = value.asText();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    static Optional<Integer> integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.canConvertToInt() && value.isNumber() ? Optional.of(value.intValue()) : Optional.empty();
    }

    /** An array member, or an empty array when absent or null (Trivy omits empty lists). */
    static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isArray() ? value : java.util.List.of();
    }
}
