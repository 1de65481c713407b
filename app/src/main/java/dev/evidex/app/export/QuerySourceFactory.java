package dev.evidex.app.export;

import java.nio.file.Path;

/** Opens the query engine over a store for an export. */
@FunctionalInterface
public interface QuerySourceFactory {
    QuerySource open(Path store) throws ExportException;

    /** The query pack's DuckDB engine over a local store, with relative dates resolved on the UTC clock. */
    QuerySourceFactory QUERY_PACK = store -> PackQuerySource.open(store, java.time.Clock.systemUTC());
}
