package dev.evidex.verification.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.store.verify.StoreVerifier;
import dev.evidex.verification.store.verify.VerificationReport;
import dev.evidex.verification.testing.TestStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers racing on one log never fork it: every batch number is claimed exactly once. */
class LogAppenderConcurrencyTest {
    private static final int WRITERS = 2;
    private static final int APPENDS_PER_WRITER = 1000;

    @TempDir
    Path directory;

    @Test
    void twoWritersAppendingConcurrentlyProduceOneVerifiableLog() throws Exception {
        TestStore store = new TestStore(directory);
        ExecutorService executor = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<AppendResult>>> futures = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            String name = "writer-" + writer;
            // Separate appenders share nothing but the directory, as two processes would.
            LogAppender appender = LocalStore.open(directory).appender("shared", store.signer, Clock.systemUTC());
            futures.add(executor.submit((Callable<List<AppendResult>>) () -> {
                List<AppendResult> results = new ArrayList<>();
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    ObjectNode record = TestStore.record("build", name, java.time.Instant.now());
                    record.put("sequence", i);
                    results.add(appender.append(List.of(record)));
                }
                return results;
            }));
        }
        List<AppendResult> all = new ArrayList<>();
        int retries = 0;
        for (Future<List<AppendResult>> future : futures) {
            for (AppendResult result : future.get()) {
                all.add(result);
                retries += result.attempts() - 1;
            }
        }
        executor.shutdown();

        Set<Long> batches = new HashSet<>();
        all.forEach(result -> assertThat(batches.add(result.batch())).as("batch %d claimed twice", result.batch()).isTrue());
        assertThat(batches).hasSize(WRITERS * APPENDS_PER_WRITER);
        assertThat(retries).as("the writers really raced").isPositive();

        VerificationReport report = new StoreVerifier(StoreVerifier.Options.of(store.trustedKeys()))
                .verify(new LocalObjectStore(directory));
        assertThat(report.failures()).isEmpty();
        assertThat(report.records()).isEqualTo(WRITERS * APPENDS_PER_WRITER);
    }
}
