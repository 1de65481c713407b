package dev.evidex.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.app.query.ColumnKind;
import dev.evidex.app.query.ColumnSpec;
import dev.evidex.app.query.ParameterKind;
import dev.evidex.app.query.ParameterSpec;
import dev.evidex.app.query.QueryFailure;
import dev.evidex.app.query.QueryOutcome;
import dev.evidex.app.query.QueryService;
import dev.evidex.app.query.QuerySpec;
import dev.evidex.app.query.ResultRow;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A query service over a test store: real records read straight from the batch objects. */
public final class FakeQueryService implements QueryService {
    public static final String REJECTED = "rejected-admissions";
    public static final String FINDINGS = "findings-by-severity";
    public static final String SLOW = "slow-query";
    public static final String MANY = "many-rows";
    /** Rows the {@link #MANY} query returns. */
    public static volatile int manyRows = 1_000_000;

    private final Path store;

    public FakeQueryService(EvidenceStore store) {
        this.store = store.root();
    }

    @Override
    public List<QuerySpec> queries() {
        List<ParameterSpec> period = List.of(
                new ParameterSpec("from", ParameterKind.DATE, Optional.of("today-90d"), "first day (UTC)", List.of()),
                new ParameterSpec("to", ParameterKind.DATE, Optional.of("today"), "last day (UTC)", List.of()),
                new ParameterSpec("cluster", ParameterKind.TEXT, Optional.of(""), "only this cluster", List.of()));
        return List.of(
                new QuerySpec(REJECTED, "Rejected admission events",
                        "Which workloads did the clusters refuse to admit in this period, and why?",
                        List.of("10.h Control of Operational Software", "09.b Change Management"),
                        List.of("164.312(c)(1) Integrity"), period, List.of(text("time"), text("cluster"),
                                text("resource"), text("reason"), text("log"), number("index")),
                        "SELECT time, cluster, resource, reason, log, index FROM evidence_records WHERE decision = 'denied'"),
                new QuerySpec(FINDINGS, "Findings by severity", "Which vulnerabilities did the scans find, by severity?",
                        List.of("10.m Control of Technical Vulnerabilities"), List.of(), List.of(
                                new ParameterSpec("versions", ParameterKind.VERSION_RANGE, Optional.of("<2.17.1"),
                                        "affected versions", List.of())),
                        List.of(text("time"), text("severity"), text("finding_id"), text("log"), number("index")),
                        "SELECT time, severity, finding_id, log, index FROM evidence_records WHERE stream = 'finding'"),
                new QuerySpec(SLOW, "A slow question", "Waits until cancelled.", List.of("06.d Data Protection"),
                        List.of(), List.of(), List.of(text("value")), "SELECT pg_sleep(3600)"),
                new QuerySpec(MANY, "Many rows", "Returns many rows.", List.of("06.d Data Protection"), List.of(),
                        List.of(), List.of(number("n"), text("time"), text("log"), text("digest"), text("reason")),
                        "SELECT * FROM generate_series(1, 1000000)"));
    }

    private static ColumnSpec text(String name) {
        return new ColumnSpec(name, ColumnKind.TEXT, name);
    }

    private static ColumnSpec number(String name) {
        return new ColumnSpec(name, ColumnKind.NUMBER, name);
    }

    @Override
    public QueryOutcome run(QuerySpec query, Map<String, String> parameters, Consumer<ResultRow> rows,
            BooleanSupplier cancelled) throws QueryFailure {
        try {
            switch (query.id()) {
                case REJECTED -> records(record -> "denied".equals(record.path("decision").asText()), rows,
                        "time", "cluster", "resource", "reason", "log", "index");
                case FINDINGS -> records(record -> "finding".equals(record.path("stream").asText()), rows,
                        "time", "severity", "finding_id", "log", "index");
                case SLOW -> {
                    while (!cancelled.getAsBoolean()) {
                        Thread.sleep(20);
                    }
                    throw new CancellationException("cancelled");
                }
                default -> {
                    for (int i = 0; i < manyRows; i++) {
                        rows.accept(new ResultRow(List.of(Integer.toString(i), "2025-01-01T00:00:00.000Z",
                                "cluster.prod-eu", "sha256:" + Integer.toHexString(i * 7919), "reason " + (i % 97))));
                    }
                }
            }
        } catch (IOException e) {
            throw new QueryFailure("cannot read the store: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
        return new QueryOutcome("fake", "fake-execution-1", Duration.ZERO, Optional.of(1234L), 0);
    }

    private void records(java.util.function.Predicate<JsonNode> filter, Consumer<ResultRow> rows, String... fields)
            throws IOException {
        List<Path> batches;
        try (Stream<Path> files = Files.walk(store.resolve("records"))) {
            batches = files.filter(Files::isRegularFile).sorted().toList();
        }
        List<JsonNode> matches = new ArrayList<>();
        for (Path batch : batches) {
            for (String line : Files.readAllLines(batch, StandardCharsets.UTF_8)) {
                JsonNode record = Json.mapper().readTree(line);
                if (filter.test(record)) {
                    matches.add(record);
                }
            }
        }
        matches.sort(java.util.Comparator.comparing(record -> record.path("time").asText()));
        for (JsonNode record : matches) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(record.hasNonNull(field) ? record.get(field).asText() : null);
            }
            rows.accept(new ResultRow(values));
        }
    }
}
