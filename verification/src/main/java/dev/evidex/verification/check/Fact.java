package dev.evidex.verification.check;

import static java.util.Objects.requireNonNull;

/** A value read from an artifact and reported as is (builder id, docker reference, ...). */
public record Fact(String name, String value) {
    public Fact {
        requireNonNull(name, "name is null");
        requireNonNull(value, "value is null");
    }
}
