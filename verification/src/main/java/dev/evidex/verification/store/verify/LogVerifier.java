package dev.evidex.verification.store.verify;

import dev.evidex.verification.merkle.CompactRange;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.merkle.MerkleException;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.seal.SealVerifier;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.RecordLines;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Verifies one log: its seals in order, their batch objects and the Merkle tree they build. */
final class LogVerifier {
    private static final int MAX_RECORD_FAILURES_PER_BATCH = 20;

    private final ObjectStore store;
    private final String log;
    private final SealVerifier sealVerifier;
    private final VerificationContext context;
    private final Optional<Seal> checkpoint;
    private final boolean deep;

    private CompactRange range = CompactRange.empty();
    private Optional<byte[]> previousSealBytes = Optional.empty();
    private long records;
    private long bytes;
    private long batches;
    private Instant lastSealTime;
    private final Set<String> keyIds = new HashSet<>();
    private final BatchScanner scanner = new BatchScanner(RecordLines.MAX_LINE_BYTES);

    LogVerifier(ObjectStore store, String log, SealVerifier sealVerifier, VerificationContext context,
            Optional<Seal> checkpoint, boolean deep) {
        this.store = store;
        this.deep = deep;
        this.log = log;
        this.sealVerifier = sealVerifier;
        this.context = context;
        this.checkpoint = checkpoint;
    }

    LogSummary verify() throws IOException {
        TreeMap<Long, String> seals = listSeals();
        try (CheckpointTracker tracker = CheckpointTracker.create(log, checkpoint, context)) {
            long expected = 0;
            for (var entry : seals.entrySet()) {
                context.checkCancelled();
                long batch = entry.getKey();
                if (batch != expected) {
                    context.fail(Failure.ofBatch(Check.SEAL_SEQUENCE, log, expected, StoreKeys.seal(log, expected),
                            "seal missing: batches " + expected + ".." + (batch - 1) + " have no seal (gap)"));
                    previousSealBytes = Optional.empty();
                }
                verifyBatch(batch, entry.getValue(), tracker);
                expected = batch + 1;
            }
            tracker.finish(range);
        }
        return new LogSummary(log, batches, records, bytes, Optional.ofNullable(lastSealTime),
                batches == 0 ? Optional.empty() : Optional.of(Hashes.hex(range.root())), keyIds);
    }

    private TreeMap<Long, String> listSeals() throws IOException {
        TreeMap<Long, String> seals = new TreeMap<>();
        for (ObjectStore.Entry entry : store.list(StoreKeys.sealPrefix(log))) {
            String name = entry.key().substring(entry.key().lastIndexOf('/') + 1);
            var batch = StoreKeys.sealBatch(name);
            var number = name.matches("[0-9]+.*\\.json") ? Long.parseLong(name.replaceFirst("^([0-9]+).*$", "$1")) : -1L;
            if (batch.isPresent()) {
                seals.put(batch.getAsLong(), entry.key());
            } else if (number >= 0) {
                context.fail(Failure.ofBatch(Check.SEAL_SEQUENCE, log, number, entry.key(),
                        "a second seal for batch " + number + " (fork): only " + StoreKeys.seal(log, number)
                                + " may seal it"));
            } else {
                context.fail(Failure.ofStore(Check.SEAL_SEQUENCE, entry.key(), "unexpected object among the seals of log " + log));
            }
        }
        return seals;
    }

    private void verifyBatch(long batch, String sealKey, CheckpointTracker tracker) throws IOException {
        byte[] sealBytes = store.read(sealKey, Seal.MAX_BYTES).orElse(new byte[0]);
        Seal seal;
        try {
            seal = Seal.parse(sealBytes);
        } catch (SealException e) {
            context.fail(Failure.ofBatch(Check.SEAL_FORMAT, log, batch, sealKey, e.getMessage()));
            previousSealBytes = Optional.empty();
            range = null;
            return;
        }
        batches++;
        lastSealTime = seal.time();
        keyIds.add(seal.keyId());
        checkSealIdentity(seal, batch, sealKey);
        checkChain(seal, batch, sealKey);
        previousSealBytes = Optional.of(sealBytes);
        try {
            sealVerifier.verify(seal);
        } catch (SealException e) {
            context.fail(Failure.ofBatch(Check.SEAL_SIGNATURE, log, batch, sealKey, e.getMessage()));
        }
        context.referenceBatchObject(seal.batchObject());
        if (range == null || range.size() != seal.treeSize() - seal.recordCount()) {
            resync(seal, "the tree before this batch is unknown");
        }
        if (!store.exists(seal.batchObject())) {
            context.fail(Failure.ofBatch(Check.BATCH_OBJECT, log, batch, seal.batchObject(),
                    "batch object missing (sealed with " + seal.recordCount() + " records)"));
            resync(seal, null);
            return;
        }
        scanBatch(seal, tracker);
    }

    private void checkSealIdentity(Seal seal, long batch, String sealKey) {
        if (!seal.log().equals(log) || seal.batch() != batch) {
            context.fail(Failure.ofBatch(Check.SEAL_FORMAT, log, batch, sealKey,
                    "seal says log " + seal.log() + " batch " + seal.batch() + " but is stored as log " + log
                            + " batch " + batch));
        }
    }

    private void checkChain(Seal seal, long batch, String sealKey) {
        if (batch == 0) {
            if (seal.previousSealSha256().isPresent()) {
                context.fail(Failure.ofBatch(Check.SEAL_CHAIN, log, batch, sealKey, "first seal names a previous seal"));
            }
            return;
        }
        if (previousSealBytes.isEmpty()) {
            return;
        }
        String actual = Hashes.hex(Hashes.sha256(previousSealBytes.get()));
        String named = seal.previousSealSha256().orElse("none");
        if (!named.equals(actual)) {
            context.fail(Failure.ofBatch(Check.SEAL_CHAIN, log, batch, sealKey,
                    "seal names previous seal sha256 " + named + " but seal " + (batch - 1) + " hashes to " + actual));
        }
    }

    private void scanBatch(Seal seal, CheckpointTracker tracker) throws IOException {
        long batch = seal.batch();
        long firstIndex = range.size();
        List<Failure> recordFailures = new ArrayList<>();
        BatchScanner.Result result;
        try (InputStream in = store.open(seal.batchObject())) {
            result = scanner.scan(in, (line, buffer, offset, length, leaf) -> {
                long expectedIndex = firstIndex + line - 1;
                range.append(leaf);
                tracker.add(leaf);
                checkHeader(seal, expectedIndex, RecordChecker.read(buffer, offset, length, context.artifactReferences()),
                        recordFailures);
            }, context::checkCancelled);
        }
        bytes += result.bytes();
        records += result.lines();
        context.progress(result.bytes());
        boolean digestMatches = Hashes.hex(result.sha256()).equals(seal.batchSha256());
        if (!digestMatches) {
            context.fail(Failure.ofBatch(Check.BATCH_OBJECT, log, batch, seal.batchObject(),
                    "batch object sha256 is " + Hashes.hex(result.sha256()) + ", the seal says " + seal.batchSha256()));
        }
        if (!digestMatches || deep) {
            diagnoseCanonicalForm(seal, firstIndex, recordFailures);
        }
        if (result.missingFinalLineFeed()) {
            recordFailures.add(Failure.ofRecord(Check.RECORD, log, batch, firstIndex + result.lines() - 1,
                    seal.batchObject(), "last line does not end with a line feed"));
        }
        report(recordFailures);
        checkTree(seal, result);
    }

    private void checkHeader(Seal seal, long expectedIndex, RecordChecker.Header header, List<Failure> failures) {
        String key = seal.batchObject();
        if (header.problem().isPresent()) {
            failures.add(Failure.ofRecord(Check.RECORD, log, seal.batch(), expectedIndex, key, header.problem().get()));
            return;
        }
        if (header.index() != expectedIndex) {
            failures.add(Failure.ofRecord(Check.RECORD, log, seal.batch(), expectedIndex, key,
                    "record at position " + expectedIndex + " has index " + header.index()
                            + " (removed, duplicated or reordered record)"));
        }
        if (!header.log().orElse("").equals(log) || header.batch() != seal.batch()) {
            failures.add(Failure.ofRecord(Check.RECORD, log, seal.batch(), expectedIndex, key,
                    "record says log " + header.log().orElse("?") + " batch " + header.batch()));
        }
    }

    private void diagnoseCanonicalForm(Seal seal, long firstIndex, List<Failure> failures) throws IOException {
        try (InputStream in = store.open(seal.batchObject())) {
            scanner.scan(in, (line, buffer, offset, length, leaf) -> {
                if (!RecordChecker.isCanonical(buffer, offset, length)) {
                    failures.add(Failure.ofRecord(Check.RECORD, log, seal.batch(), firstIndex + line - 1,
                            seal.batchObject(), "line " + line + " is not in canonical form (altered whitespace, "
                                    + "key order or escaping)"));
                }
            }, context::checkCancelled);
        }
    }

    private void checkTree(Seal seal, BatchScanner.Result result) {
        List<String> differences = new ArrayList<>();
        if (result.lines() != seal.recordCount()) {
            differences.add("batch holds " + result.lines() + " records, the seal says " + seal.recordCount());
        }
        if (range.size() != seal.treeSize()) {
            differences.add("tree size is " + range.size() + ", the seal says " + seal.treeSize());
        }
        String root = Hashes.hex(range.root());
        if (!root.equals(seal.root())) {
            differences.add("Merkle root is " + root + ", the seal says " + seal.root());
        }
        if (!differences.isEmpty()) {
            context.fail(Failure.ofBatch(Check.MERKLE_ROOT, log, seal.batch(), seal.batchObject(),
                    String.join("; ", differences)));
            resync(seal, null);
        }
    }

    /** Continues from the seal's own frontier so that one bad batch is reported once, not for every later one. */
    private void resync(Seal seal, String reason) {
        try {
            List<byte[]> hashes = new ArrayList<>();
            seal.frontier().forEach(hex -> hashes.add(Hashes.fromHex(hex)));
            CompactRange restored = CompactRange.of(seal.treeSize(), hashes);
            if (MessageDigest.isEqual(restored.root(), Hashes.fromHex(seal.root()))) {
                range = restored;
                return;
            }
        } catch (MerkleException | IllegalArgumentException e) {
            // fall through: the tree state stays unknown
        }
        if (reason != null) {
            context.fail(Failure.ofBatch(Check.MERKLE_ROOT, log, seal.batch(), seal.batchObject(),
                    reason + " and the seal's frontier does not reproduce its root"));
        }
        range = CompactRange.empty();
    }

    private void report(List<Failure> failures) {
        failures.stream().limit(MAX_RECORD_FAILURES_PER_BATCH).forEach(context::fail);
        if (failures.size() > MAX_RECORD_FAILURES_PER_BATCH) {
            Failure first = failures.get(0);
            context.fail(new Failure(Check.RECORD, first.log(), first.batch(), java.util.OptionalLong.empty(),
                    first.objectKey(), (failures.size() - MAX_RECORD_FAILURES_PER_BATCH) + " more record failures in this batch"));
        }
    }
}
