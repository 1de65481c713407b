package dev.evidex.querypack.parameters;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.pack.QueryDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A query with every parameter resolved and the arguments for its placeholders, in order. */
public record BoundQuery(QueryDefinition query, Map<String, ParameterValue> values, List<SqlArgument> arguments) {
    public BoundQuery {
        requireNonNull(query, "query is null");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        arguments = List.copyOf(arguments);
    }

    /** The parameter values as text, in declaration order (for receipts and reports). */
    public Map<String, String> valueTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        values.forEach((name, value) -> texts.put(name, value.text()));
        return Collections.unmodifiableMap(texts);
    }
}
