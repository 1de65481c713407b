package dev.evidex.querypack.pack;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Static checks of one query definition; engines add the result-column check against a schema. */
final class QueryValidator {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final QueryDefinition query;

    QueryValidator(QueryDefinition query) {
        this.query = query;
    }

    void validate() {
        require(ID.matcher(query.id()).matches(), "id must match " + ID);
        validateParameters();
        validateBindings();
        for (Dialect dialect : Dialect.values()) {
            int placeholders = SqlPlaceholders.count(query.sql(dialect));
            require(placeholders == query.bindings().size(), dialect + " SQL has " + placeholders
                    + " placeholders but " + query.bindings().size() + " bindings are declared");
        }
        Set<String> columns = new HashSet<>();
        query.columns().forEach(c -> require(columns.add(c.name()), "duplicate column " + c.name()));
        require(!columns.isEmpty(), "no result columns declared");
    }

    private void validateParameters() {
        Set<String> names = new HashSet<>();
        for (QueryParameter parameter : query.parameters()) {
            require(NAME.matcher(parameter.name()).matches(), "parameter name '" + parameter.name() + "' is invalid");
            require(names.add(parameter.name()), "duplicate parameter " + parameter.name());
            boolean isEnum = parameter.type() == ParameterType.ENUM;
            require(isEnum == !parameter.values().isEmpty(),
                    "parameter " + parameter.name() + ": values are declared for enums, and only for enums");
            parameter.defaultValue().ifPresent(d -> require(!isEnum || parameter.values().contains(d),
                    "parameter " + parameter.name() + ": default '" + d + "' is not one of its values"));
        }
    }

    private void validateBindings() {
        Set<String> bound = new HashSet<>();
        for (BindReference binding : query.bindings()) {
            QueryParameter parameter = query.parameter(binding.parameter()).orElseThrow(() ->
                    new PackValidationException(query.id() + ": binding '" + binding + "' names no parameter"));
            require(parameter.type().parts().contains(binding.part()),
                    "binding '" + binding + "': a " + parameter.type().resourceName() + " has no part '"
                            + binding.part() + "'");
            bound.add(parameter.name());
        }
        query.parameters().forEach(p -> require(bound.contains(p.name()),
                "parameter " + p.name() + " is declared but never bound"));
    }

    private void require(boolean condition, String message) {
        if (!condition) {
            throw new PackValidationException(query.id() + ": " + message);
        }
    }
}
