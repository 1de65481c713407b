package dev.evidex.verification.store.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.store.LocalObjectStore;
import dev.evidex.verification.store.StoreKeys;
import dev.evidex.verification.testing.TestKeys;
import dev.evidex.verification.testing.TestStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way of tampering with a store is found and located precisely. */
class StoreVerifierTamperTest {
    private static final byte[] SBOM = "{\"spdxVersion\":\"SPDX-2.3\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;
    TestStore store;

    @BeforeEach
    void createStore() throws Exception {
        store = new TestStore(directory.resolve("store"));
        for (int i = 0; i < 4; i++) {
            store.append("ci-acme", 5);
        }
        store.appendWithArtifact("ci-acme", SBOM);
        store.append("cluster-prod", 3);
        store.append("cluster-prod", 3);
    }

    @Test
    void anUntouchedStoreVerifies() throws IOException {
        VerificationReport report = verify(store.trustedKeys(), List.of());
        assertThat(report.failures()).isEmpty();
        assertThat(report.records()).isEqualTo(4 * 5 + 1 + 2 * 3);
        assertThat(report.batches()).isEqualTo(7);
        assertThat(report.artifacts()).isEqualTo(1);
        assertThat(report.logs()).extracting(LogSummary::log).containsExactly("ci-acme", "cluster-prod");
    }

    /** A tampering, and the check and words the report must name. */
    interface Tamper {
        void apply(StoreVerifierTamperTest test) throws Exception;
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                Arguments.of("altered byte in a record", (Tamper) t -> t.editBatch("ci-acme", 1,
                        text -> text.replaceFirst("service-2", "service-X")),
                        Check.BATCH_OBJECT, "ci-acme", 1L, "batch object sha256 is"),
                Arguments.of("altered byte also breaks the root", (Tamper) t -> t.editBatch("ci-acme", 1,
                        text -> text.replaceFirst("service-2", "service-X")),
                        Check.MERKLE_ROOT, "ci-acme", 1L, "Merkle root is"),
                Arguments.of("removed record", (Tamper) t -> t.editLines("ci-acme", 1, lines -> lines.remove(2)),
                        Check.RECORD, "ci-acme", 1L, "record at position 7 has index 8"),
                Arguments.of("removed record changes the count", (Tamper) t -> t.editLines("ci-acme", 1, lines -> lines.remove(2)),
                        Check.MERKLE_ROOT, "ci-acme", 1L, "batch holds 4 records, the seal says 5"),
                Arguments.of("duplicated record", (Tamper) t -> t.editLines("ci-acme", 2, lines -> lines.add(1, lines.get(1))),
                        Check.RECORD, "ci-acme", 2L, "record at position 12 has index 11"),
                Arguments.of("reordered records", (Tamper) t -> t.editLines("ci-acme", 1, lines -> lines.add(0, lines.remove(1))),
                        Check.RECORD, "ci-acme", 1L, "record at position 5 has index 6"),
                Arguments.of("removed batch object", (Tamper) t -> Files.delete(t.batchObject("ci-acme", 2)),
                        Check.BATCH_OBJECT, "ci-acme", 2L, "batch object missing (sealed with 5 records)"),
                Arguments.of("missing seal", (Tamper) t -> Files.delete(t.seal("ci-acme", 2)),
                        Check.SEAL_SEQUENCE, "ci-acme", 2L, "batches 2..2 have no seal (gap)"),
                Arguments.of("missing seal leaves its records unsealed", (Tamper) t -> Files.delete(t.seal("ci-acme", 2)),
                        Check.UNSEALED_OBJECT, null, null, "not covered by any seal"),
                Arguments.of("seal by an untrusted key", (Tamper) t -> t.store.append("ci-acme", 2,
                        TestKeys.signer(TestKeys.ecdsa())),
                        Check.SEAL_SIGNATURE, "ci-acme", 5L, "which is not among the trusted keys"),
                Arguments.of("two seals for one batch number", (Tamper) t -> t.forkSeal("ci-acme", 1),
                        Check.SEAL_SEQUENCE, "ci-acme", 1L, "a second seal for batch 1 (fork)"),
                Arguments.of("batch object altered in whitespace only", (Tamper) t -> t.editBatch("cluster-prod", 0,
                        text -> text.replaceFirst(",\"index\"", ", \"index\"")),
                        Check.RECORD, "cluster-prod", 0L, "line 1 is not in canonical form"),
                Arguments.of("artifact bytes changed", (Tamper) t -> t.overwrite(t.artifact(), "{\"spdxVersion\":\"SPDX-2.2\"}"),
                        Check.ARTIFACT, null, null, ", not to the digest in its name"),
                Arguments.of("referenced artifact deleted", (Tamper) t -> Files.delete(t.artifact()),
                        Check.ARTIFACT, null, null, "is referenced by a record but missing"),
                Arguments.of("seal chain broken", (Tamper) t -> t.overwrite(t.seal("ci-acme", 0),
                        Files.readString(t.seal("ci-acme", 0)) + " "),
                        Check.SEAL_CHAIN, "ci-acme", 1L, "but seal 0 hashes to"),
                Arguments.of("injected batch object", (Tamper) t -> t.overwrite(t.directory.resolve(
                        "store/records/dt=2026-03-01/ci-acme-000000000099.jsonl"), "{}\n"),
                        Check.UNSEALED_OBJECT, null, null, "not covered by any seal"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void tamperingIsFoundAndLocated(String name, Tamper tamper, Check check, String log, Long batch, String words)
            throws Exception {
        tamper.apply(this);
        VerificationReport report = verify(store.trustedKeys(), List.of());
        assertThat(report.verified()).isFalse();
        assertThat(report.failures()).as(report.toText()).anySatisfy(failure -> {
            assertThat(failure.check()).isEqualTo(check);
            assertThat(failure.detail()).contains(words);
            if (log != null) {
                assertThat(failure.log()).contains(log);
                assertThat(failure.batch()).hasValue(batch);
            }
        });
    }

    @Test
    void sealsOutsideTheKeysWindowFail() throws IOException {
        KeyArchiveEntry expired = TestKeys.sealKey(store.key, TestStore.START.minus(Duration.ofDays(1)),
                Optional.of(TestStore.START.plus(Duration.ofHours(3))));
        VerificationReport report = verify(TrustedKeys.of(List.of(expired)), List.of());
        assertThat(report.failures()).extracting(Failure::describe)
                .anyMatch(text -> text.contains("[seal-signature] log=ci-acme batch=2")
                        && text.contains("outside the validity window"))
                .noneMatch(text -> text.contains("batch=1 ") && text.contains("[seal-signature] log=ci-acme"));
    }

    @Test
    void aStoreRolledBackBeforeACheckpointFails() throws Exception {
        Seal checkpoint = Seal.parse(Files.readAllBytes(seal("ci-acme", 4)));
        Files.delete(seal("ci-acme", 4));
        Files.delete(batchObject4());
        VerificationReport report = verify(store.trustedKeys(), List.of(checkpoint));
        assertThat(report.failures()).extracting(Failure::describe).anyMatch(text ->
                text.contains("[checkpoint] log=ci-acme batch=4")
                        && text.contains("rollback: the store's log has 20 records, fewer than the 21 of the checkpoint"));
    }

    @Test
    void aStoreWithAnotherHistoryThanACheckpointFails() throws Exception {
        TestStore other = new TestStore(directory.resolve("other"));
        other.appendWithArtifact("ci-acme", "another first record".getBytes(StandardCharsets.UTF_8));
        other.append("ci-acme", 3);
        Seal checkpoint = Seal.parse(Files.readAllBytes(other.root.resolve(StoreKeys.seal("ci-acme", 1))));
        TrustedKeys both = TrustedKeys.of(List.of(store.keyEntry, other.keyEntry));
        VerificationReport report = verify(both, List.of(checkpoint));
        assertThat(report.failures()).extracting(Failure::describe).anyMatch(text ->
                text.contains("[checkpoint] log=ci-acme")
                        && text.contains("not consistent with the checkpoint of tree size 4"));
    }

    @Test
    void aConsistentCheckpointPasses() throws Exception {
        Seal checkpoint = Seal.parse(Files.readAllBytes(seal("ci-acme", 2)));
        store.append("ci-acme", 3);
        assertThat(verify(store.trustedKeys(), List.of(checkpoint)).failures()).isEmpty();
    }

    private VerificationReport verify(TrustedKeys keys, List<Seal> checkpoints) throws IOException {
        StoreVerifier.Options options = StoreVerifier.Options.of(keys).withCheckpoints(checkpoints);
        return new StoreVerifier(options).verify(new LocalObjectStore(store.root));
    }

    Path seal(String log, long batch) {
        return store.root.resolve(StoreKeys.seal(log, batch));
    }

    Path batchObject(String log, long batch) throws Exception {
        return store.root.resolve(Seal.parse(Files.readAllBytes(seal(log, batch))).batchObject());
    }

    private Path batchObject4() throws IOException {
        return store.root.resolve(store.batches.get(4).batchObjectKey());
    }

    Path artifact() throws IOException {
        try (Stream<Path> files = Files.list(store.root.resolve("artifacts/sha256"))) {
            return files.findFirst().orElseThrow();
        }
    }

    void editBatch(String log, long batch, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path file = batchObject(log, batch);
        overwrite(file, edit.apply(Files.readString(file)));
    }

    void editLines(String log, long batch, java.util.function.Consumer<List<String>> edit) throws Exception {
        Path file = batchObject(log, batch);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        edit.accept(lines);
        overwrite(file, String.join("\n", lines) + "\n");
    }

    void forkSeal(String log, long batch) throws IOException {
        Path original = seal(log, batch);
        overwrite(original.resolveSibling(original.getFileName().toString().replace(".json", "-b.json")),
                Files.readString(original));
    }

    void overwrite(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
