package dev.evidex.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import dev.evidex.querypack.duckdb.DuckDbEngine;
import dev.evidex.querypack.duckdb.IndexUpdate;
import dev.evidex.querypack.duckdb.LocalIndex;
import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.ParameterBinder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
    private String from;
    private String to;
    private final int runs = Integer.getInteger("evidex.bench.runs", 7);
    private final int jqRuns = Integer.getInteger("evidex.bench.jqRuns", 3);
    private final int builds = Integer.getInteger("evidex.bench.builds", 3);
    private final StringBuilder report = new StringBuilder();

    @Test
    void queriesOnTheLocalIndexAgainstJq() throws Exception {
        long generate = Long.getLong("evidex.bench.generate", 0);
        if (generate > 0 && !Files.isDirectory(store.resolve("records"))) {
            long start = System.nanoTime();
            long written = DemoStoreGenerator.generate(store, generate);
            line("generated %d records in %.1f s", written, (System.nanoTime() - start) / 1e9);
        }
        // The period defaults to the store's own days, so the queries have rows to find.
        List<String> days = storeDays();
        from = System.getProperty("evidex.bench.from", days.get(0));
        to = System.getProperty("evidex.bench.to", days.get(days.size() - 1));
        line("store %s: %d batch objects, %.1f MB of JSON lines", store, batchObjects().size(),
                batchBytes() / 1e6);
        line("%s, %d processors", Load.now(), Runtime.getRuntime().availableProcessors());
        // evidex.bench.reuseIndex keeps an existing index (to repeat query timings without rebuilding)
        LocalIndex index = Boolean.getBoolean("evidex.bench.reuseIndex")
                ? LocalIndex.open(store, LocalIndex.defaultFile(store))
                : new IndexBuildBenchmark(store, report).run(builds);
        long incremental = System.nanoTime();
        IndexUpdate none = index.update();
        line("index update with no new batch objects: %d read in %.0f ms", none.batchesAdded(),
                (System.nanoTime() - incremental) / 1e6);
        if (!"false".equals(System.getProperty("evidex.bench.leafHashes"))) {
            new LeafHashComparison(store, index.connection(), report).run();
        }
        try (DuckDbEngine engine = DuckDbEngine.overIndex(index)) {
            line("");
            line("queries from %s to %s, %s", from, to, Load.now());
            line("");
            line("| query | rows (ours) | our median (ms) | our CPU median (ms) | rows (jq) | jq median (ms) | speed-up |");
            line("|---|---:|---:|---:|---:|---:|---:|");
            for (String id : QUERIES) {
                measure(engine, id);
            }
        }
        line("");
        line("at the end: %s", Load.now());
        System.out.println(report);
        Files.writeString(Path.of("target", "bench-report.md"), report.toString(), StandardCharsets.UTF_8);
    }

    private void measure(DuckDbEngine engine, String id) throws Exception {
        BoundQuery query = new ParameterBinder(Clock.systemUTC()).bind(QueryPack.builtIn().find(id).orElseThrow(),
                id.startsWith("component") ? Map.of() : Map.of("from", from, "to", to));
        CountingSink sink = new CountingSink();
        engine.execute(query, sink, Cancellation.none());
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Timings ours = new Timings();
        Timings cpu = new Timings();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = system.getProcessCpuTime();
            engine.execute(query, sink, Cancellation.none());
            ours.add(System.nanoTime() - start);
            cpu.add(system.getProcessCpuTime() - cpuStart);
        }
        Timings jq = new Timings();
        long jqRows = 0;
        for (int i = 0; i < jqRuns; i++) {
            long start = System.nanoTime();
            jqRows = runJq(id);
            jq.add(System.nanoTime() - start);
        }
        if (jq.count() == 0) {
            line("| %s | %d | %.1f | %.0f | - | - | - |", id, sink.rows(), ours.median(), cpu.median());
            return;
        }
        assertThat(sink.rows()).as("rows of " + id + " against jq").isEqualTo(jqRows);
        line("| %s | %d | %.1f | %.0f | %d | %.0f | %.0fx |", id, sink.rows(), ours.median(), cpu.median(), jqRows,
                jq.median(), jq.median() / ours.median());
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

    private List<String> storeDays() throws IOException {
        try (var partitions = Files.list(store.resolve("records"))) {
            List<String> days = partitions.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("dt="))
                    .map(n -> n.substring("dt=".length())).sorted().toList();
            assertThat(days).as("dt= partitions under " + store.resolve("records")).isNotEmpty();
            return days;
        }
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
