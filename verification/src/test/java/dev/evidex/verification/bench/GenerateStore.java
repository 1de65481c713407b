package dev.evidex.verification.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.keys.LocalSigner;
import dev.evidex.verification.store.LocalStore;
import dev.evidex.verification.store.LogAppender;
import dev.evidex.verification.testing.TestKeys;
import dev.evidex.verification.testing.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark input: {@code GenerateStore DIR RECORDS LOGS BATCH_SIZE} writes a store through the
 * real appender and the trusted key entry to {@code DIR/../trust.json}.
 */
public final class GenerateStore {
    private GenerateStore() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        long records = Long.parseLong(args[1]);
        int logs = Integer.parseInt(args[2]);
        int batchSize = Integer.parseInt(args[3]);
        KeyPair key = TestKeys.ecdsa();
        LocalSigner signer = TestKeys.signer(key);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Files.write(directory.resolveSibling("trust.json"),
                TestKeys.sealKey(key, start, Optional.empty()).toCanonicalJson());
        LocalStore store = LocalStore.open(directory);
        long written = 0;
        long began = System.nanoTime();
        for (int batch = 0; written < records; batch++) {
            for (int log = 0; log < logs && written < records; log++) {
                Instant time = start.plus(Duration.ofMinutes(batch * 10L + log));
                LogAppender appender = store.appender("ci-service-" + log, signer, Clock.fixed(time, ZoneOffset.UTC));
                List<ObjectNode> batchRecords = new ArrayList<>(batchSize);
                for (int i = 0; i < batchSize && written < records; i++, written++) {
                    ObjectNode record = TestStore.record(i % 3 == 0 ? "finding" : "build", "service-" + log, time);
                    record.put("severity", i % 5 == 0 ? "HIGH" : "LOW");
                    record.put("finding_id", "CVE-2021-" + (40000 + i));
                    record.put("package_name", "log4j-core");
                    record.put("package_version", "2.14." + (i % 3));
                    record.put("commit_sha", Long.toHexString(written * 2654435761L) + "0123456789abcdef0123456789");
                    batchRecords.add(record);
                }
                appender.append(batchRecords);
            }
        }
        System.out.printf("wrote %d records in %d logs in %.1f s%n", written, logs, (System.nanoTime() - began) / 1e9);
    }
}
