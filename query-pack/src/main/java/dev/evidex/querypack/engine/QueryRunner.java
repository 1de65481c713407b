package dev.evidex.querypack.engine;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.SqlArgument;
import dev.evidex.querypack.receipt.QueryReceipt;
import dev.evidex.querypack.result.CanonicalResultDigest;
import dev.evidex.querypack.result.ResultSink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Runs a bound query on an engine and issues its receipt. */
public final class QueryRunner {
    private final QueryPack pack;
    private final QueryEngine engine;

    public QueryRunner(QueryPack pack, QueryEngine engine) {
        this.pack = requireNonNull(pack, "pack is null");
        this.engine = requireNonNull(engine, "engine is null");
    }

    public QueryReceipt run(BoundQuery query, ResultSink sink, Cancellation cancellation)
            throws QueryExecutionException {
        CanonicalResultDigest digest = new CanonicalResultDigest(sink);
        ExecutionSummary summary = engine.execute(query, digest, cancellation);
        String sql = query.query().sql(engine.dialect());
        return new QueryReceipt(query.query().id(), pack.name(), pack.version(),
                engine.dialect().name().toLowerCase(Locale.ROOT), sha256(sql), query.valueTexts(),
                query.arguments().stream().map(SqlArgument::athenaLiteral).toList(), engine.name(),
                summary.executionId(), summary.startedAt(), summary.finishedAt(), summary.dataScannedBytes(),
                summary.engineTimeMillis(), digest.rowCount(), digest.sha256());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
