package dev.evidex.querypack.pack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the pack from class-path resources ({@code queries/pack.json} and one folder per query) and
 * validates every query before anything runs: placeholders match bindings, every parameter is bound,
 * every binding names a parameter part that exists.
 */
public final class QueryPackLoader {
    private static final String ROOT = "/dev/evidex/querypack/queries/";

    public QueryPack load() {
        JsonNode pack = readJson(ROOT + "pack.json");
        List<QueryDefinition> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode id : pack.path("queries")) {
            if (!ids.add(id.asText())) {
                throw new PackValidationException("duplicate query id " + id.asText());
            }
            queries.add(loadQuery(id.asText()));
        }
        return new QueryPack(text(pack, "name", "pack"), text(pack, "version", "pack"), queries);
    }

    QueryDefinition loadQuery(String id) {
        String folder = ROOT + id + "/";
        JsonNode node = readJson(folder + "query.json");
        if (!id.equals(node.path("id").asText())) {
            throw new PackValidationException(id + ": query.json declares id '" + node.path("id").asText() + "'");
        }
        List<QueryParameter> parameters = new ArrayList<>();
        node.path("parameters").forEach(p -> parameters.add(parameter(id, p)));
        List<BindReference> bindings = new ArrayList<>();
        node.path("bind").forEach(b -> bindings.add(BindReference.parse(b.asText())));
        List<ResultColumn> columns = new ArrayList<>();
        node.path("columns").forEach(c -> columns.add(column(id, c)));
        QueryDefinition query = new QueryDefinition(id, text(node, "title", id), text(node, "question", id),
                controls(id, node.path("controls")), parameters, bindings, columns,
                readText(folder + "athena.sql").orElseThrow(() -> new PackValidationException(id + ": athena.sql missing")),
                readText(folder + "duckdb.sql"));
        new QueryValidator(query).validate();
        return query;
    }

    private static ControlMapping controls(String id, JsonNode node) {
        List<String> hitrust = strings(node.path("hitrust"));
        List<String> hipaa = strings(node.path("hipaa"));
        if (hitrust.isEmpty() || hipaa.isEmpty()) {
            throw new PackValidationException(id + ": every query maps to HITRUST and HIPAA references");
        }
        return new ControlMapping(hitrust, hipaa);
    }

    private static QueryParameter parameter(String id, JsonNode node) {
        String name = text(node, "name", id);
        ParameterType type = ParameterType.fromResourceName(node.path("type").asText())
                .orElseThrow(() -> new PackValidationException(
                        id + ": parameter " + name + " has unknown type '" + node.path("type").asText() + "'"));
        Optional<String> defaultValue = node.has("default") ? Optional.of(node.get("default").asText()) : Optional.empty();
        return new QueryParameter(name, type, defaultValue, text(node, "description", id), strings(node.path("values")));
    }

    private static ResultColumn column(String id, JsonNode node) {
        String name = text(node, "name", id);
        ResultType type = ResultType.fromResourceName(node.path("type").asText())
                .orElseThrow(() -> new PackValidationException(
                        id + ": column " + name + " has unknown type '" + node.path("type").asText() + "'"));
        return new ResultColumn(name, type, text(node, "meaning", id));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new PackValidationException(where + ": '" + field + "' is missing or empty");
        }
        return value.asText();
    }

    private static JsonNode readJson(String resource) {
        String text = readText(resource).orElseThrow(() -> new PackValidationException("missing resource " + resource));
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new PackValidationException("unreadable resource " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> readText(String resource) {
        try (InputStream in = QueryPackLoader.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PackValidationException("unreadable resource " + resource, e);
        }
    }
}
