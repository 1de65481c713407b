package dev.evidex.verification.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.store.verify.StoreVerifier;
import dev.evidex.verification.testing.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogAppenderTest {
    @TempDir
    Path directory;

    @Test
    void batchesContinueIndicesAndChainSeals() throws Exception {
        TestStore store = new TestStore(directory);
        AppendResult first = store.append("ci-acme", 3);
        AppendResult second = store.append("ci-acme", 2);
        assertThat(second.batch()).isEqualTo(first.batch() + 1);
        assertThat(second.firstIndex()).isEqualTo(3);
        assertThat(second.treeSize()).isEqualTo(5);
        Seal seal = Seal.parse(Files.readAllBytes(directory.resolve(second.sealKey())));
        assertThat(seal.previousSealSha256()).isPresent();
        assertThat(Files.readAllLines(directory.resolve(second.batchObjectKey())))
                .allSatisfy(line -> assertThat(line).contains("\"batch\":1").contains("\"log\":\"ci-acme\""));
        assertThat(second.batchObjectKey()).startsWith("records/dt=2026-03-01/ci-acme-000000000001");
    }

    @Test
    void aCrashBetweenSealAndBatchObjectIsCompletedByTheNextWriter() throws Exception {
        TestStore store = new TestStore(directory);
        AppendResult result = store.append("ci-acme", 2);
        Path object = directory.resolve(result.batchObjectKey());
        byte[] bytes = Files.readAllBytes(object);
        // Simulate the crash: the seal is there, the object is not, the staged copy survived.
        Files.delete(object);
        Path staged = directory.resolve(LocalStore.STAGING).resolve(object.getFileName() + "."
                + Seal.parse(Files.readAllBytes(directory.resolve(result.sealKey()))).batchSha256());
        Files.createDirectories(staged.getParent());
        Files.write(staged, bytes);

        store.append("ci-acme", 1);
        assertThat(object).exists().hasBinaryContent(bytes);
        assertThat(new StoreVerifier(StoreVerifier.Options.of(store.trustedKeys()))
                .verify(new LocalObjectStore(directory)).failures()).isEmpty();
    }

    @Test
    void recordsMustNotCarryStoreAssignedFields() throws Exception {
        TestStore store = new TestStore(directory);
        ObjectNode record = TestStore.record("build", "a", Instant.parse("2026-01-01T00:00:00Z"));
        record.put("index", 7);
        LogAppender appender = store.store.appender("ci-acme", store.signer, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        assertThatThrownBy(() -> appender.append(List.of(record)))
                .hasMessageContaining("field 'index' is assigned by the store");
        assertThat(directory.resolve("seals")).doesNotExist();
    }
}
