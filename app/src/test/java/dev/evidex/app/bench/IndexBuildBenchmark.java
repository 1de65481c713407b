package dev.evidex.app.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.evidex.querypack.duckdb.IndexUpdate;
import dev.evidex.querypack.duckdb.LocalIndex;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Cold rebuilds of the local index (file deleted, every batch object read), each timed by wall clock
 * and by this process's CPU time: on a shared machine the CPU time says what the build costs, the
 * wall clock what the load left of it.
 */
final class IndexBuildBenchmark {
    private final Path store;
    private final StringBuilder report;

    IndexBuildBenchmark(Path store, StringBuilder report) {
        this.store = store;
        this.report = report;
    }

    /** Builds {@code builds} times (at least once) and returns the last index, open. */
    LocalIndex run(int builds) throws Exception {
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path file = LocalIndex.defaultFile(store);
        List<Double> seconds = new ArrayList<>();
        LocalIndex index = null;
        long records = 0;
        for (int i = 0; i < Math.max(1, builds); i++) {
            if (index != null) {
                index.close();
            }
            long start = System.nanoTime();
            long cpuStart = system.getProcessCpuTime();
            index = LocalIndex.rebuild(store, file);
            IndexUpdate update = index.update();
            try (Statement statement = index.connection().createStatement()) {
                statement.execute("CHECKPOINT");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            records = update.recordsAdded();
            seconds.add(wall);
            line("index build %d from scratch: %d records in %.2f s (%.0f records/s), CPU %.1f s,"
                    + " index file %.1f MB, %s", i + 1, records, wall, records / wall,
                    (system.getProcessCpuTime() - cpuStart) / 1e9, Files.size(file) / 1e6, Load.now());
        }
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        line("index build median of %d: %.2f s (%.0f records/s)", seconds.size(), median, records / median);
        return index;
    }

    private void line(String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
