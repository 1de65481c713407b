package dev.evidex.querypack.duckdb;

/** Literals for the few values that cannot be bound, such as file names given to DuckDB table functions. */
final class SqlText {
    private SqlText() {}

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
