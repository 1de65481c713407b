package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.engine.QueryEngine;
import dev.evidex.querypack.engine.QueryExecutionException;
import dev.evidex.querypack.engine.QueryRunner;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.ParameterBinder;
import dev.evidex.querypack.parameters.ParameterInputException;
import dev.evidex.querypack.receipt.QueryReceipt;
import dev.evidex.querypack.result.ResultSink;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The query pack on one engine, as the app and the exporter run it: parameters bound by the pack's
 * binder, executed by the pack's runner (which issues the receipt), cancelled through the engine.
 */
public final class PackQueries implements AutoCloseable {
    private final QueryPack pack;
    private final QueryEngine engine;
    private final Clock clock;

    public Clock clock() {
        return clock;
    }

    public PackQueries(QueryPack pack, QueryEngine engine, Clock clock) {
        this.pack = requireNonNull(pack, "pack is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public QueryPack pack() {
        return pack;
    }

    public QueryEngine engine() {
        return engine;
    }

    public Optional<QueryDefinition> find(String id) {
        return pack.find(id);
    }

    /**
     * Binds and runs a query. A blank text means "not given": the pack's default applies, and a
     * required parameter left blank is reported as missing rather than bound as an empty value.
     */
    public QueryReceipt run(QueryDefinition query, Map<String, String> texts, ResultSink sink, BooleanSupplier cancelled)
            throws ParameterInputException, QueryExecutionException {
        return run(bind(query, texts), sink, cancelled);
    }

    public QueryReceipt run(BoundQuery bound, ResultSink sink, BooleanSupplier cancelled) throws QueryExecutionException {
        try (CancellationWatch watch = new CancellationWatch(cancelled)) {
            return new QueryRunner(pack, engine).run(bound, sink, watch.cancellation());
        }
    }

    public BoundQuery bind(QueryDefinition query, Map<String, String> texts) throws ParameterInputException {
        Map<String, String> given = new LinkedHashMap<>();
        texts.forEach((name, text) -> {
            boolean blank = text == null || text.isBlank();
            boolean blankIsDefault = query.parameter(name).flatMap(p -> p.defaultValue()).filter(String::isEmpty).isPresent();
            if (!blank || blankIsDefault) {
                given.put(name, text == null ? "" : text.strip());
            }
        });
        return new ParameterBinder(clock).bind(query, given);
    }

    @Override
    public void close() {
        engine.close();
    }
}
