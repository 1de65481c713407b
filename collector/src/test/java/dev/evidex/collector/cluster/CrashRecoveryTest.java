package dev.evidex.collector.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.collector.cli.CollectorMain;
import dev.evidex.collector.cluster.ingest.AuditEvents;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.store.LocalStore;
import dev.evidex.verification.store.verify.VerificationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise under a real crash: a collector process takes load, is killed with
 * SIGKILL in the middle of it, restarts on the same spool, and every event it acknowledged is
 * in the store exactly once, which verifies. Bounded: about 10 s.
 */
class CrashRecoveryTest {
    private static final String TOKEN = "crash-test-token";

    @TempDir
    Path directory;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void everyAcknowledgedEventSurvivesKillNineExactlyOnce() throws Exception {
        assertThat(CollectorMain.commandLine().execute("keygen", "--out", directory.resolve("keys").toString())).isZero();
        Files.writeString(directory.resolve("tokens"), TOKEN + "\n");
        Path log = directory.resolve("collector.log");
        List<String> arguments = List.of("--cluster", "crash", "--store", directory.resolve("store").toString(),
                "--signing-key", "file:" + directory.resolve("keys/seal-signing.pem"),
                "--spool", directory.resolve("spool").toString(), "--token-file", directory.resolve("tokens").toString(),
                "--batch-interval", "PT0.2S", "--batch-max-records", "2000");
        AuditLoad load = new AuditLoad(0, TOKEN, 25, "crash");
        try (CollectorProcess first = CollectorProcess.start(log, List.of("-Xmx256m"), arguments)) {
            load = new AuditLoad(first.port(), TOKEN, 25, "crash");
            AuditLoad running = load;
            Thread driver = new Thread(() -> {
                try {
                    running.run(8, System.nanoTime() + TimeUnit.SECONDS.toNanos(6), 1_000_000, 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            driver.start();
            Thread.sleep(2_500);
            first.kill();
            driver.join();
        }
        int acknowledgedBeforeKill = load.acknowledged().size();
        assertThat(acknowledgedBeforeKill).as("events acknowledged before the kill").isGreaterThan(1000);
        assertThat(load.failures()).as("requests cut off by the kill").isGreaterThan(0);

        List<String> resent = new ArrayList<>(load.acknowledged()).subList(0, 200);
        try (CollectorProcess second = CollectorProcess.start(log, List.of("-Xmx256m"), arguments)) {
            AuditLoad after = new AuditLoad(second.port(), TOKEN, 25, "after");
            // The API server re-sends batches it got no answer for: some of them were acknowledged already.
            for (int i = 0; i < resent.size(); i += 25) {
                List<String> ids = resent.subList(i, i + 25);
                assertThat(after.post(AuditEvents.eventList(ids.stream()
                        .map(id -> AuditEvents.allowedPodCreate(id, "registry.example/app:1")).toList()), ids)).isTrue();
            }
            after.run(4, System.nanoTime() + TimeUnit.SECONDS.toNanos(1), 2_000, 0);
            load.acknowledged().addAll(after.acknowledged());
            assertThat(second.terminate()).isIn(0, 143);
        }

        LocalStore store = LocalStore.open(directory.resolve("store"));
        VerificationReport report = StoreContents.verify(store.objects(),
                TrustedKeys.load(directory.resolve("keys/seal-signing.json")));
        assertThat(report.failures()).isEmpty();
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode record : StoreContents.records(store.objects())) {
            counts.merge(record.path("audit_id").asText(), 1, Integer::sum);
        }
        assertThat(counts.values()).as("no audit id recorded twice").allMatch(count -> count == 1);
        assertThat(counts.keySet()).as("every acknowledged event is in the store").containsAll(load.acknowledged());
        System.out.printf("crash test: %d events acknowledged before kill -9, %d acknowledged in total, %d records sealed,"
                + " %d requests cut off, store verified%n", acknowledgedBeforeKill, load.acknowledged().size(), counts.size(),
                load.failures());
    }
}
