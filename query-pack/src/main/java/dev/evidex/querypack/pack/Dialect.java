package dev.evidex.querypack.pack;

/** The SQL dialects a query is written in. */
public enum Dialect {
    /** Amazon Athena engine v3 (Trino). */
    ATHENA,
    /** DuckDB, over the local store. */
    DUCKDB
}
