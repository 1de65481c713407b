package dev.evidex.querypack.pack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Types of query parameters, and the parts of a value that SQL placeholders can bind. */
public enum ParameterType {
    /** A UTC day, {@code YYYY-MM-DD}; {@code today} and {@code today-30d} are accepted. */
    DATE(Set.of("value", "next_day")),
    /** An instant, RFC 3339; bound as its canonical UTC text. */
    TIMESTAMP(Set.of("value")),
    STRING(Set.of("value")),
    /** A version range such as {@code <2.17.1} or {@code >=2.0,<2.17.1}. */
    VERSION_RANGE(Set.of("lower", "lower_inclusive", "upper", "upper_inclusive")),
    /** One of a declared list of values. */
    ENUM(Set.of("value"));

    private final Set<String> parts;

    ParameterType(Set<String> parts) {
        this.parts = parts;
    }

    /** The parts a bind reference may name for this type. */
    public Set<String> parts() {
        return parts;
    }

    /** The name used in query resources ({@code version_range}). */
    public String resourceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ParameterType> fromResourceName(String name) {
        return Arrays.stream(values()).filter(t -> t.resourceName().equals(name)).findFirst();
    }
}
