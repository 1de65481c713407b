package dev.evidex.querypack.pack;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A typed query parameter; without a default value it is required. */
public record QueryParameter(
        String name, ParameterType type, Optional<String> defaultValue, String description, List<String> values) {
    public QueryParameter {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(description, "description is null");
        values = List.copyOf(values);
    }

    public boolean required() {
        return defaultValue.isEmpty();
    }
}
