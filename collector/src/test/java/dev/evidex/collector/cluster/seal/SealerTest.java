package dev.evidex.collector.cluster.seal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cluster.FailingStore;
import dev.evidex.collector.cluster.StoreContents;
import dev.evidex.collector.cluster.StoreContents.TestKey;
import dev.evidex.collector.cluster.ingest.Evidence;
import dev.evidex.collector.cluster.metrics.Metrics;
import dev.evidex.collector.cluster.spool.Spool;
import dev.evidex.verification.store.LocalStore;
import dev.evidex.verification.store.ObjectStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealerTest {
    private static final String LOG = "cluster-test";

    @TempDir
    Path directory;
    TestKey key;
    LocalStore store;
    Metrics metrics;
    StringWriter errors;

    @BeforeEach
    void setUp() throws Exception {
        key = TestKey.generate();
        store = LocalStore.open(directory.resolve("store"));
        metrics = new Metrics();
        errors = new StringWriter();
    }

    static Evidence event(int number) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("stream", "admission");
        record.put("time", "2026-01-01T00:00:00Z");
        record.put("source_kind", "cluster");
        record.put("audit_id", "id-" + number);
        record.putObject("detail").put("stage", "ResponseComplete");
        return new Evidence("audit:id-" + number, record);
    }

    /** Opens the spool, recovers a sealer over {@code objects}, spools the events, seals until drained. */
    private void runOnce(ObjectStore objects, int from, int to) throws Exception {
        try (Spool spool = Spool.open(new Spool.Options(directory.resolve("spool"), 1 << 30, 4096, 10_000))) {
            Sealer sealer = new Sealer(spool, objects, store.root().resolve(LocalStore.STAGING), LOG, key.signer(),
                    Clock.systemUTC(), new Sealer.Settings(7, Duration.ofMillis(50), Duration.ofMillis(200), 10_000),
                    metrics, new PrintWriter(errors, true));
            sealer.recover();
            spool.start();
            Thread thread = new Thread(sealer);
            thread.start();
            if (to > from) {
                spool.submit(IntStream.range(from, to).mapToObj(SealerTest::event).toList()).get();
            }
            sealer.stop();
            thread.join(20_000);
            assertThat(thread.isAlive()).isFalse();
        }
    }

    private List<String> sealedIds() throws IOException {
        return StoreContents.records(store.objects()).stream().map(record -> record.path("audit_id").asText()).toList();
    }

    @Test
    void everySpooledEventIsSealedOnceInBatchesOfAtMostN() throws Exception {
        runOnce(store.objects(), 0, 30);
        List<JsonNode> records = StoreContents.records(store.objects());
        assertThat(records).extracting(record -> record.path("audit_id").asText())
                .containsExactlyElementsOf(IntStream.range(0, 30).mapToObj(i -> "id-" + i).toList());
        assertThat(records).allSatisfy(record -> assertThat(record.path("batch").asLong()).isLessThan(5));
        assertThat(records.get(0).path("detail").path("collector").path("sequence").asLong()).isEqualTo(1);
        assertThat(records.get(0).path("detail").path("stage").asText()).isEqualTo("ResponseComplete");
        assertThat(StoreContents.verify(store.objects(), key.trust()).verified()).isTrue();
        assertThat(metrics.value("events_sealed_total", "")).isEqualTo(30);
    }

    @Test
    void aCrashBetweenSealingAndRecordingProgressSealsNothingTwice() throws Exception {
        runOnce(store.objects(), 0, 10);
        // The crash: the batch is in the store but the progress file still says nothing was sealed.
        Files.writeString(directory.resolve("spool/sealed.progress"), "sealed-through 0\n");
        runOnce(store.objects(), 10, 15);
        assertThat(sealedIds()).containsExactlyElementsOf(IntStream.range(0, 15).mapToObj(i -> "id-" + i).toList());
        assertThat(StoreContents.verify(store.objects(), key.trust()).verified()).isTrue();
    }

    @Test
    void anEventResentAfterItsSegmentWasSealedAndDeletedIsStillRecordedOnce() throws Exception {
        runOnce(store.objects(), 0, 40);
        runOnce(store.objects(), 35, 45);
        assertThat(sealedIds()).containsExactlyElementsOf(IntStream.range(0, 45).mapToObj(i -> "id-" + i).toList());
    }

    @Test
    void aBatchWhoseObjectFailedAfterItsSealIsCompletedNotRepeated() throws Exception {
        AtomicInteger failures = new AtomicInteger(1);
        ObjectStore flaky = new FailingStore(store.objects(), key -> key.startsWith("records/") && failures.getAndDecrement() > 0);
        runOnce(flaky, 0, 12);
        assertThat(metrics.value("upload_errors_total", "")).isEqualTo(1);
        assertThat(errors.toString()).contains("will retry");
        assertThat(sealedIds()).containsExactlyElementsOf(IntStream.range(0, 12).mapToObj(i -> "id-" + i).toList());
        assertThat(StoreContents.verify(store.objects(), key.trust()).verified()).isTrue();
    }

    @Test
    void whileTheStoreIsDownEventsWaitInTheSpoolAndAreSealedLater() throws Exception {
        ObjectStore down = new FailingStore(store.objects(), key -> true);
        runOnce(down, 0, 5);
        assertThat(sealedIds()).isEmpty();
        assertThat(errors.toString()).contains("left in the spool for the next start");
        runOnce(store.objects(), 0, 0);
        assertThat(sealedIds()).containsExactlyElementsOf(IntStream.range(0, 5).mapToObj(i -> "id-" + i).toList());
    }
}
