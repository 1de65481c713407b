package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A typed parameter of a pack query, as the form shows it. */
public record ParameterSpec(String name, ParameterKind kind, Optional<String> defaultValue, String description,
        List<String> choices) {
    public ParameterSpec {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(description, "description is null");
        choices = List.copyOf(choices);
    }
}
