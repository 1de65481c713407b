package dev.evidex.querypack.pack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Types of result columns. Results keep to types whose text form is the same in both engines, so
 * the canonical result (and its hash in the receipt) does not depend on the engine.
 */
public enum ResultType {
    VARCHAR,
    BIGINT,
    BOOLEAN;

    public String resourceName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResultType> fromResourceName(String name) {
        return Arrays.stream(values()).filter(t -> t.resourceName().equals(name)).findFirst();
    }
}
