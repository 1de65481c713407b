package dev.evidex.querypack.duckdb;

/**
 * Receives how far an index update is: the step it is in and the fraction of the whole update done,
 * from 0 to 1, never decreasing. Called from the updating thread and from the thread that watches
 * DuckDB, so an implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (step, fraction) -> { };

    void reached(IndexStep step, double fraction);
}
