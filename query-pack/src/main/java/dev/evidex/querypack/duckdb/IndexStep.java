package dev.evidex.querypack.duckdb;

/** The steps of an index update, in the order they run for each chunk of batch objects. */
public enum IndexStep {
    /** Reading batch objects and hashing their lines (Java, every core). */
    READING,
    /** DuckDB parsing the lines and storing the records. */
    LOADING,
    /** Deriving the SBOM package tables from the new records. */
    DERIVING
}
