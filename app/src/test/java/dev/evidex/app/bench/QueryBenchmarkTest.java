package dev.evidex.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.querypack.duckdb.DuckDbEngine;
import dev.evidex.querypack.duckdb.IndexUpdate;
import dev.evidex.querypack.duckdb.LocalIndex;
import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.ParameterBinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Benchmark, not a timed test: runs only with {@code -Devidex.bench.store=DIR} (see
 * {@code src/test/bench/README.md}). Queries 1-4 on the local index against jq over the same files.
 */
@EnabledIfSystemProperty(named = "evidex.bench.store", matches = ".+")
final class QueryBenchmarkTest {
    private static final List<String> QUERIES = List.of("signed-images-in-production",
            "new-dependencies-by-deployment", "rejected-admissions", "component-in-version-range");

    private final Path store = Path.of(System.getProperty("evidex.bench.store"));
    private final String from = System.getProperty("evidex.bench.from", "2024-01-01");
    private final String to = System.getProperty("evidex.bench.to", "2024-06-30");
    private final int runs = Integer.getInteger("evidex.bench.runs", 7);
    private final int jqRuns = Integer.getInteger("evidex.bench.jqRuns", 3);
    private final StringBuilder report = new StringBuilder();

    @Test
    void queriesOnTheLocalIndexAgainstJq() throws Exception {
        long generate = Long.getLong("evidex.bench.generate", 0);
        if (generate > 0 && !Files.isDirectory(store.resolve("records"))) {
            long start = System.nanoTime();
            long written = DemoStoreGenerator.generate(store, generate);
            line("generated %d records in %.1f s", written, (System.nanoTime() - start) / 1e9);
        }
        line("store %s: %d batch objects, %.1f MB of JSON lines", store, batchObjects().size(),
                batchBytes() / 1e6);
        Path indexFile = LocalIndex.defaultFile(store);
        long start = System.nanoTime();
        // evidex.bench.reuseIndex keeps an existing index (to repeat query timings without rebuilding)
        LocalIndex index = Boolean.getBoolean("evidex.bench.reuseIndex") ? LocalIndex.open(store, indexFile)
                : LocalIndex.rebuild(store, indexFile);
        IndexUpdate update = index.update();
        double seconds = (System.nanoTime() - start) / 1e9;
        index.connection().createStatement().execute("CHECKPOINT");
        line("index build from scratch: %d records in %.2f s (%.0f records/s), index file %.1f MB",
                update.recordsAdded(), seconds, update.recordsAdded() / seconds, Files.size(indexFile) / 1e6);
        long incremental = System.nanoTime();
        IndexUpdate none = index.update();
        line("index update with no new batch objects: %d read in %.0f ms", none.batchesAdded(),
                (System.nanoTime() - incremental) / 1e6);
        new LeafHashComparison(store, index.connection(), report).run();
        try (DuckDbEngine engine = DuckDbEngine.overIndex(index)) {
            line("");
            line("| query | rows (ours) | our median (ms) | rows (jq) | jq median (ms) | speed-up |");
            line("|---|---:|---:|---:|---:|---:|");
            for (String id : QUERIES) {
                measure(engine, id);
            }
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "bench-report.md"), report.toString(), StandardCharsets.UTF_8);
    }

    private void measure(DuckDbEngine engine, String id) throws Exception {
        BoundQuery query = new ParameterBinder(Clock.systemUTC()).bind(QueryPack.builtIn().find(id).orElseThrow(),
                id.startsWith("component") ? Map.of() : Map.of("from", from, "to", to));
        CountingSink sink = new CountingSink();
        engine.execute(query, sink, Cancellation.none());
        Timings ours = new Timings();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            engine.execute(query, sink, Cancellation.none());
            ours.add(System.nanoTime() - start);
        }
        Timings jq = new Timings();
        long jqRows = 0;
        for (int i = 0; i < jqRuns; i++) {
            long start = System.nanoTime();
            jqRows = runJq(id);
            jq.add(System.nanoTime() - start);
        }
        if (jq.count() == 0) {
            line("| %s | %d | %.1f | - | - | - |", id, sink.rows(), ours.median());
            return;
        }
        line("| %s | %d | %.1f | %d | %.0f | %.0fx |", id, sink.rows(), ours.median(), jqRows, jq.median(),
                jq.median() / ours.median());
    }

    private long runJq(String id) throws IOException, InterruptedException {
        Path program = Path.of("src/test/bench/jq", id + ".jq").toAbsolutePath();
        String nextDay = LocalDate.parse(to).plusDays(1).toString();
        String command = "find records -name '*.jsonl' -print0 | sort -z | xargs -0 cat | jq -n -c"
                + " --arg from " + from + " --arg to " + nextDay + " --arg name log4j-core -f '" + program + "' | wc -l";
        Process process = new ProcessBuilder("bash", "-o", "pipefail", "-c", command).directory(store.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as("jq for " + id).isZero();
        return Long.parseLong(out);
    }

    private List<Path> batchObjects() throws IOException {
        try (var files = Files.walk(store.resolve("records"))) {
            return files.filter(p -> p.toString().endsWith(".jsonl")).toList();
        }
    }

    private long batchBytes() throws IOException {
        long total = 0;
        for (Path file : batchObjects()) {
            total += Files.size(file);
        }
        return total;
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
