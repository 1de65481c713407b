package dev.evidex.querypack.pack;

import static java.util.Objects.requireNonNull;

/**
 * What one {@code ?} placeholder of a query's SQL binds: a parameter and a part of its value
 * ({@code to.next_day}, {@code versions.lower}); a bare name binds the part {@code value}.
 */
public record BindReference(String parameter, String part) {
    public BindReference {
        requireNonNull(parameter, "parameter is null");
        requireNonNull(part, "part is null");
    }

    public static BindReference parse(String text) {
        int dot = text.indexOf('.');
        return dot < 0
                ? new BindReference(text, "value")
                : new BindReference(text.substring(0, dot), text.substring(dot + 1));
    }

    @Override
    public String toString() {
        return "value".equals(part) ? parameter : parameter + "." + part;
    }
}
