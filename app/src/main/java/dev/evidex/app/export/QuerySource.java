package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.query.QueryInfo;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs one pack query for an export and returns what the packet needs from it. The query pack's
 * engines (DuckDB over a local store, Athena) implement it; the exporter does not care which.
 */
public interface QuerySource extends AutoCloseable {
    /** One executed query: its definition, the exact SQL, bound parameters, receipt and canonical result. */
    record QueryRun(QueryInfo info, String sql, byte[] parametersJson, byte[] receiptJson, byte[] canonicalResult) {
        public QueryRun {
            requireNonNull(info, "info is null");
            requireNonNull(sql, "sql is null");
            requireNonNull(parametersJson, "parametersJson is null");
            requireNonNull(receiptJson, "receiptJson is null");
            requireNonNull(canonicalResult, "canonicalResult is null");
        }
    }

    QueryRun run(String queryId, Map<String, String> parameters, BooleanSupplier cancelled) throws ExportException;

    /** Releases the engine; sources without one have nothing to release. */
    @Override
    default void close() {
    }
}
