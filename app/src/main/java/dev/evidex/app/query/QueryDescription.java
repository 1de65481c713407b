package dev.evidex.app.query;

import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryParameter;
import dev.evidex.querypack.pack.ResultColumn;

/** The plain-text description of a query that {@code evidex query show} prints. */
public final class QueryDescription {
    private QueryDescription() {}

    public static String of(QueryDefinition query) {
        StringBuilder text = new StringBuilder();
        text.append(query.id()).append(": ").append(query.title()).append("\n\n");
        text.append("Question: ").append(query.question()).append("\n\n");
        text.append("HITRUST CSF: ").append(String.join("; ", query.controls().hitrust())).append('\n');
        text.append("HIPAA Security Rule: ").append(String.join("; ", query.controls().hipaa())).append("\n\n");
        text.append("Parameters:\n");
        for (QueryParameter parameter : query.parameters()) {
            text.append("  ").append(parameter.name()).append(" (").append(parameter.type().resourceName());
            if (!parameter.values().isEmpty()) {
                text.append(": ").append(String.join("|", parameter.values()));
            }
            text.append(parameter.defaultValue().map(d -> ", default '" + d + "'").orElse(", required"))
                    .append(")  ").append(parameter.description()).append('\n');
        }
        text.append("\nColumns:\n");
        for (ResultColumn column : query.columns()) {
            text.append("  ").append(column.name()).append(" ").append(column.type().resourceName())
                    .append("  ").append(column.meaning()).append('\n');
        }
        text.append("\nAthena SQL (Trino):\n").append(query.athenaSql().strip()).append('\n');
        query.duckDbSql().ifPresent(sql -> text.append("\nDuckDB SQL:\n").append(sql.strip()).append('\n'));
        text.append("\nPlaceholders bind, in order: ")
                .append(String.join(", ", query.bindings().stream().map(Object::toString).toList())).append('\n');
        return text.toString();
    }
}
