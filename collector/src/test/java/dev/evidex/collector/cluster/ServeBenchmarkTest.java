package dev.evidex.collector.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.collector.cli.CollectorMain;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest benchmark: sustained audit events per second with durable acknowledgements over
 * loopback, acknowledgement latency percentiles, and the collector process's CPU and memory.
 * Not a timed test: run it with {@code -Devidex.benchmark=true} (rate, seconds, senders and
 * events per request are {@code evidex.benchmark.*} properties) and read the printed report.
 */
@EnabledIfSystemProperty(named = "evidex.benchmark", matches = "true")
class ServeBenchmarkTest {
    private static final String TOKEN = "benchmark-token";

    @TempDir
    Path directory;

    @Test
    void sustainedDurableIngest() throws Exception {
        int rate = Integer.getInteger("evidex.benchmark.rate", 6000);
        int seconds = Integer.getInteger("evidex.benchmark.seconds", 30);
        int senders = Integer.getInteger("evidex.benchmark.senders", 16);
        int perRequest = Integer.getInteger("evidex.benchmark.events-per-request", 50);
        assertThat(CollectorMain.commandLine().execute("keygen", "--out", directory.resolve("keys").toString())).isZero();
        Files.writeString(directory.resolve("tokens"), TOKEN + "\n");
        // The store may live elsewhere (another disk, as S3 would be) to separate its fsyncs from the spool's.
        Path storeDirectory = Path.of(System.getProperty("evidex.benchmark.store-dir", directory.toString())).resolve("store");
        List<String> arguments = List.of("--cluster", "bench", "--store", storeDirectory.toString(),
                "--signing-key", "file:" + directory.resolve("keys/seal-signing.pem"),
                "--spool", directory.resolve("spool").toString(), "--token-file", directory.resolve("tokens").toString());
        try (CollectorProcess collector = CollectorProcess.start(directory.resolve("collector.log"),
                List.of("-Xmx512m", "-Xms512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20"), arguments)) {
            // Warm-up (JIT) outside the measurement.
            new AuditLoad(collector.port(), TOKEN, perRequest, "warm").run(senders,
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(5), (long) rate * 5, rate);
            Duration cpuBefore = collector.handle().info().totalCpuDuration().orElse(Duration.ZERO);
            AuditLoad load = new AuditLoad(collector.port(), TOKEN, perRequest, "bench");
            long started = System.nanoTime();
            load.run(senders, started + TimeUnit.SECONDS.toNanos(seconds), (long) rate * seconds, rate);
            double elapsed = (System.nanoTime() - started) / 1e9;
            Duration cpu = collector.handle().info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore);
            String memory = memory(collector.pid());
            String serverLatency = serverSideLatency(collector.port());
            assertThat(collector.terminate()).isIn(0, 143);
            LocalStore store = LocalStore.open(storeDirectory);
            long sealed = StoreContents.records(store.objects()).stream()
                    .filter(record -> record.path("audit_id").asText().startsWith("bench-")).count();
            boolean verified = StoreContents.verify(store.objects(),
                    TrustedKeys.load(directory.resolve("keys/seal-signing.json"))).verified();
            System.out.printf(Locale.ROOT, "benchmark: target %d events/s, %d senders x %d events/request, %.1f s%n",
                    rate, senders, perRequest, elapsed);
            System.out.printf(Locale.ROOT, "benchmark: acknowledged %d events = %.0f events/s (%d requests, %d failed)%n",
                    load.acknowledged().size(), load.acknowledged().size() / elapsed, load.requests(), load.failures());
            System.out.printf(Locale.ROOT, "benchmark: ack latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    load.latencyMillis(50), load.latencyMillis(90), load.latencyMillis(99), load.latencyMillis(100));
            System.out.printf(Locale.ROOT, "benchmark: collector CPU %.1f s over %.1f s = %.0f%% of one core; memory %s%n",
                    cpu.toMillis() / 1000.0, elapsed, cpu.toMillis() / 10.0 / elapsed, memory);
            System.out.printf(Locale.ROOT, "benchmark: collector-side ack latency (histogram, incl. warm-up): %s%n", serverLatency);
            System.out.printf(Locale.ROOT, "benchmark: sealed %d of them, store verified: %s%n", sealed, verified);
            assertThat(sealed).isEqualTo(load.acknowledged().size());
            assertThat(verified).isTrue();
        }
    }

    /** The collector's own view: the bucket bounds below which 50% and 99% of acknowledgements fell. */
    private static String serverSideLatency(int port) throws Exception {
        String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher bucket = java.util.regex.Pattern.compile(
                "ack_latency_seconds_bucket\\{le=\"([^\"]+)\"\\} (\\d+)").matcher(metrics);
        List<String[]> buckets = new java.util.ArrayList<>();
        while (bucket.find()) {
            buckets.add(new String[] {bucket.group(1), bucket.group(2)});
        }
        long total = Long.parseLong(buckets.get(buckets.size() - 1)[1]);
        StringBuilder text = new StringBuilder();
        for (double quantile : new double[] {0.5, 0.99}) {
            for (String[] entry : buckets) {
                if (Long.parseLong(entry[1]) >= quantile * total) {
                    text.append(String.format(Locale.ROOT, "p%.0f <= %s s; ", quantile * 100, entry[0]));
                    break;
                }
            }
        }
        return text.toString();
    }

    private static String memory(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS") || line.startsWith("VmHWM"))
                    .map(line -> line.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("n/a");
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }
}
