package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A pack query as the browser shows it: question, control mapping, parameters, columns and SQL. */
public record QuerySpec(String id, String title, String question, List<String> hitrustControls,
        List<String> hipaaCitations, List<ParameterSpec> parameters, List<ColumnSpec> columns, String sql) {
    public QuerySpec {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(question, "question is null");
        hitrustControls = List.copyOf(hitrustControls);
        hipaaCitations = List.copyOf(hipaaCitations);
        parameters = List.copyOf(parameters);
        columns = List.copyOf(columns);
        requireNonNull(sql, "sql is null");
    }

    @Override
    public String toString() {
        return title;
    }
}
