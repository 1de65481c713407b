package dev.evidex.collector.cluster.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.cluster.ingest.Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
    @TempDir
    Path directory;

    private Spool open(long maxPendingBytes, long segmentBytes) throws IOException {
        Spool spool = Spool.open(new Spool.Options(directory, maxPendingBytes, segmentBytes, 10_000));
        spool.start();
        return spool;
    }

    static Evidence event(String key) {
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        record.put("stream", "admission");
        record.put("time", "2026-01-01T00:00:00Z");
        record.put("source_kind", "cluster");
        record.put("audit_id", key);
        return new Evidence("audit:" + key, record);
    }

    private static List<SpoolEntry> readAll(Spool spool) throws IOException {
        try (SpoolReader reader = spool.reader()) {
            List<SpoolEntry> all = new ArrayList<>();
            List<SpoolEntry> some;
            while (!(some = reader.read(1000)).isEmpty()) {
                all.addAll(some);
            }
            return all;
        }
    }

    @Test
    void concurrentRequestsAreAllDurableWithContiguousSequences() throws Exception {
        try (Spool spool = open(1 << 30, 64 * 1024)) {
            ExecutorService senders = Executors.newFixedThreadPool(16);
            List<Future<CommitResult>> results = new ArrayList<>();
            for (int request = 0; request < 200; request++) {
                int base = request * 10;
                results.add(senders.submit(() -> spool.submit(IntStream.range(base, base + 10)
                        .mapToObj(i -> event("e" + i)).toList()).get(10, TimeUnit.SECONDS)));
            }
            for (Future<CommitResult> result : results) {
                assertThat(result.get().accepted()).isEqualTo(10);
            }
            senders.shutdown();
            List<SpoolEntry> entries = readAll(spool);
            assertThat(entries).hasSize(2000);
            assertThat(entries).extracting(SpoolEntry::sequence).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, 2000).mapToObj(Long::valueOf).toList());
            assertThat(entries).extracting(SpoolEntry::key).doesNotHaveDuplicates();
            assertThat(Segments.list(directory)).hasSizeGreaterThan(1);
        }
    }

    @Test
    void aRepeatedKeyIsSpooledOnceEvenAcrossARestart() throws Exception {
        try (Spool spool = open(1 << 30, 1 << 20)) {
            assertThat(spool.submit(List.of(event("a"), event("b"), event("a"))).get()).isEqualTo(new CommitResult(2, 1, 2));
        }
        try (Spool spool = open(1 << 30, 1 << 20)) {
            assertThat(spool.submit(List.of(event("b"), event("c"))).get()).isEqualTo(new CommitResult(1, 1, 3));
            assertThat(readAll(spool)).extracting(SpoolEntry::key).containsExactly("audit:a", "audit:b", "audit:c");
        }
    }

    @Test
    void aTornTailIsCutOffAndAppendingResumesAfterTheLastWholeEntry() throws Exception {
        try (Spool spool = open(1 << 30, 1 << 20)) {
            spool.submit(List.of(event("a"), event("b"))).get();
        }
        Path segment = Segments.list(directory).get(0);
        long intact = Files.size(segment);
        // A group whose fsync never returned: a length prefix promising more than was written.
        Files.write(segment, new byte[] {0, 0, 1, 0, 1, 2, 3, 4, 5}, StandardOpenOption.APPEND);
        try (Spool spool = open(1 << 30, 1 << 20)) {
            assertThat(Files.size(segment)).isEqualTo(intact);
            assertThat(spool.submit(List.of(event("c"))).get().lastSequence()).isEqualTo(3);
            assertThat(readAll(spool)).extracting(SpoolEntry::key).containsExactly("audit:a", "audit:b", "audit:c");
        }
    }

    @Test
    void damageBeforeTheTailIsAcknowledgedEvidenceAndTheSpoolRefusesToStart() throws Exception {
        try (Spool spool = open(1 << 30, 1024)) {
            for (int i = 0; i < 20; i++) {
                spool.submit(List.of(event("e" + i))).get();
            }
        }
        Path first = Segments.list(directory).get(0);
        byte[] bytes = Files.readAllBytes(first);
        bytes[bytes.length - 3] ^= 0x55;
        Files.write(first, bytes);
        assertThatThrownBy(() -> Spool.open(new Spool.Options(directory, 1 << 30, 1024, 100)))
                .isInstanceOf(CorruptSpoolException.class)
                .hasMessageContaining(first.getFileName().toString())
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void sealedSegmentsAreDeletedAndProgressSurvivesARestart() throws Exception {
        try (Spool spool = open(1 << 30, 1024)) {
            for (int i = 0; i < 40; i++) {
                spool.submit(List.of(event("e" + i))).get();
            }
            int segments = Segments.list(directory).size();
            List<SpoolEntry> entries = readAll(spool);
            long bytes = entries.stream().limit(30).mapToLong(SpoolEntry::encodedLength).sum();
            spool.sealed(30, bytes);
            assertThat(Segments.list(directory).size()).isLessThan(segments);
            assertThat(spool.pendingBytes()).isEqualTo(entries.stream().skip(30).mapToLong(SpoolEntry::encodedLength).sum());
        }
        try (Spool spool = Spool.open(new Spool.Options(directory, 1 << 30, 1024, 10_000))) {
            // Keys of deleted (sealed) segments come back from the store's tail, as the sealer does.
            spool.seed(List.of("audit:e0"));
            spool.start();
            assertThat(spool.progressAtOpen()).isEqualTo(30);
            assertThat(readAll(spool).get(readAll(spool).size() - 1).sequence()).isEqualTo(40);
            assertThat(spool.submit(List.of(event("e0"), event("new"))).get()).isEqualTo(new CommitResult(1, 1, 41));
        }
    }

    @Test
    void aFullSpoolPushesBackInsteadOfDropping() throws Exception {
        try (Spool spool = open(200, 1 << 20)) {
            spool.submit(List.of(event("a"), event("b"), event("c"))).get();
            assertThat(spool.full()).isTrue();
            assertThatThrownBy(() -> spool.submit(List.of(event("d")))).isInstanceOf(SpoolFullException.class)
                    .hasMessageContaining("unsealed bytes");
            assertThat(readAll(spool)).hasSize(3);
        }
    }

    @Test
    void anOversizedEventIsRefusedBeforeAnythingIsQueued() throws Exception {
        try (Spool spool = open(1 << 30, 1 << 20)) {
            Evidence huge = event("huge");
            huge.record().put("blob", "x".repeat(Spool.MAX_RECORD_BYTES));
            assertThatThrownBy(() -> spool.submit(List.of(event("small"), huge))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("bytes as a record");
            CompletableFuture<CommitResult> next = spool.submit(List.of(event("small")));
            assertThat(next.get().accepted()).isEqualTo(1);
        }
    }
}
