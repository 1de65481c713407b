package dev.evidex.app.export;

import java.nio.file.Path;

/** Opens the query engine over a store for an export. */
@FunctionalInterface
public interface QuerySourceFactory {
    QuerySource open(Path store) throws ExportException;

    /**
     * The query pack's DuckDB engine over a local store. It is wired when the query pack module
     * provides its engine to the app; until then an export names what is missing.
     */
    QuerySourceFactory QUERY_PACK = store -> {
        throw new ExportException("this build has no query pack engine to run queries over " + store);
    };
}
