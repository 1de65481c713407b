package dev.evidex.querypack.pack;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One pre-built audit query. The Athena text is the reference; the DuckDB text exists only where the
 * dialects differ. Both have one {@code ?} per entry of {@link #bindings()}, in order.
 */
public record QueryDefinition(
        String id,
        String title,
        String question,
        ControlMapping controls,
        List<QueryParameter> parameters,
        List<BindReference> bindings,
        List<ResultColumn> columns,
        String athenaSql,
        Optional<String> duckDbSql) {

    public QueryDefinition {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(question, "question is null");
        requireNonNull(controls, "controls is null");
        parameters = List.copyOf(parameters);
        bindings = List.copyOf(bindings);
        columns = List.copyOf(columns);
        requireNonNull(athenaSql, "athenaSql is null");
        requireNonNull(duckDbSql, "duckDbSql is null");
    }

    /** The SQL text run by an engine of this dialect. */
    public String sql(Dialect dialect) {
        return dialect == Dialect.DUCKDB ? duckDbSql.orElse(athenaSql) : athenaSql;
    }

    public Optional<QueryParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
