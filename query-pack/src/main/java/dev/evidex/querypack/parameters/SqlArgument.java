package dev.evidex.querypack.parameters;

import static java.util.Objects.requireNonNull;

/**
 * A value bound to one {@code ?} placeholder. Engines bind it (JDBC setters; Athena execution
 * parameters), never splice it into SQL text.
 */
public sealed interface SqlArgument {

    /**
     * The value as an Athena execution parameter. Athena substitutes each execution parameter as one
     * SQL literal, so a string is written as a single quoted literal with quotes doubled: whatever it
     * contains stays one string value.
     */
    String athenaLiteral();

    record Text(String value) implements SqlArgument {
        public Text {
            requireNonNull(value, "value is null");
        }

        @Override
        public String athenaLiteral() {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    record Number(long value) implements SqlArgument {
        @Override
        public String athenaLiteral() {
            return Long.toString(value);
        }
    }

    record Flag(boolean value) implements SqlArgument {
        @Override
        public String athenaLiteral() {
            return Boolean.toString(value);
        }
    }
}
