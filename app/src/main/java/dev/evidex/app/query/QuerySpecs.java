package dev.evidex.app.query;

import dev.evidex.querypack.pack.Dialect;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryParameter;
import dev.evidex.querypack.pack.ResultColumn;

/** The browser's view of a pack query: its definition in the form's terms and the SQL its engine runs. */
public final class QuerySpecs {
    private QuerySpecs() {}

    public static QuerySpec of(QueryDefinition query, Dialect dialect) {
        return new QuerySpec(query.id(), query.title(), query.question(), query.controls().hitrust(),
                query.controls().hipaa(), query.parameters().stream().map(QuerySpecs::parameter).toList(),
                query.columns().stream().map(QuerySpecs::column).toList(), query.sql(dialect).strip());
    }

    private static ParameterSpec parameter(QueryParameter parameter) {
        ParameterKind kind = switch (parameter.type()) {
            case DATE -> ParameterKind.DATE;
            case TIMESTAMP -> ParameterKind.TIMESTAMP;
            case VERSION_RANGE -> ParameterKind.VERSION_RANGE;
            case ENUM -> ParameterKind.CHOICE;
            case STRING -> ParameterKind.TEXT;
        };
        return new ParameterSpec(parameter.name(), kind, parameter.defaultValue(), parameter.description(),
                parameter.values());
    }

    private static ColumnSpec column(ResultColumn column) {
        ColumnKind kind = switch (column.type()) {
            case BIGINT -> ColumnKind.NUMBER;
            case BOOLEAN -> ColumnKind.BOOLEAN;
            case VARCHAR -> ColumnKind.TEXT;
        };
        return new ColumnSpec(column.name(), kind, column.meaning());
    }
}
