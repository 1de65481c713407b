package dev.evidex.verification.packet.evidence;

import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.merkle.MerkleLevels;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.seal.SealVerifier;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Reads one log up to its newest seal, keeps the exact lines of the wanted records, and proves
 * each against that seal. The whole log is hashed once into {@link MerkleLevels}; the signed root
 * must come out of it, which also checks, at export time, every record the packet carries.
 */
final class LogReader {
    private static final int MAX_BATCH_OBJECT_BYTES = 1 << 30;

    private final ObjectStore store;
    private final SealVerifier sealVerifier;
    private final BooleanSupplier cancelled;

    LogReader(ObjectStore store, SealVerifier sealVerifier, BooleanSupplier cancelled) {
        this.store = store;
        this.sealVerifier = sealVerifier;
        this.cancelled = cancelled;
    }

    /**
     * @param batchObjects the log's batch object keys by batch number, as listed under {@code records/}
     */
    LogEvidence read(String log, NavigableSet<Long> wanted, SortedMap<Long, String> batchObjects)
            throws IOException, PacketVerificationException {
        ObjectStore.Entry sealEntry = newestSeal(log);
        byte[] checkpointBytes = store.read(sealEntry.key(), Seal.MAX_BYTES).orElseThrow(() ->
                new PacketVerificationException("log " + log + ": " + sealEntry.key() + " vanished while exporting"));
        Seal checkpoint = parse(log, checkpointBytes);
        try {
            sealVerifier.verify(checkpoint);
        } catch (SealException e) {
            throw new PacketVerificationException("log " + log + ": its newest seal (batch " + checkpoint.batch()
                    + ") does not verify: " + e.getMessage(), e);
        }
        if (wanted.last() >= checkpoint.treeSize()) {
            throw new PacketVerificationException("log " + log + ": record " + wanted.last()
                    + " is not sealed yet (the newest seal covers " + checkpoint.treeSize() + " records)");
        }
        MerkleLevels.Builder leaves = MerkleLevels.builder();
        List<byte[]> lines = new ArrayList<>(wanted.size());
        MessageDigest digest = Hashes.sha256();
        Wanted cursor = new Wanted(wanted.stream().mapToLong(Long::longValue).toArray());
        // One buffer for every batch object of the log: allocating each object anew would be a gigabyte
        // of garbage for a million-record store.
        BatchBuffer buffer = new BatchBuffer();
        List<String> storeKeys = new ArrayList<>();
        storeKeys.add(sealEntry.key());
        for (long batch = 0; batch <= checkpoint.batch(); batch++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("export cancelled");
            }
            String key = batchObjects.get(batch);
            if (key == null) {
                throw new PacketVerificationException("log " + log + ": batch object of batch " + batch + " is missing");
            }
            try (InputStream in = store.open(key)) {
                buffer.readFully(in, key);
            } catch (NoSuchFileException e) {
                throw new PacketVerificationException("log " + log + ": " + key + " vanished while exporting", e);
            }
            int before = lines.size();
            addLines(buffer.bytes, buffer.length, leaves, digest, cursor, lines, key);
            if (lines.size() > before) {
                storeKeys.add(key);
            }
        }
        if (leaves.size() < checkpoint.treeSize()) {
            throw new PacketVerificationException("log " + log + ": batches 0.." + checkpoint.batch() + " hold "
                    + leaves.size() + " records but the seal says " + checkpoint.treeSize());
        }
        MerkleLevels levels = leaves.build();
        String computed = Hashes.hex(levels.root(checkpoint.treeSize()));
        if (leaves.size() != checkpoint.treeSize() || !computed.equals(checkpoint.root())) {
            throw new PacketVerificationException("log " + log + ": the records do not reproduce the signed root of seal "
                    + checkpoint.batch() + " (computed " + computed + " over " + leaves.size() + " records, seal says "
                    + checkpoint.root() + " over " + checkpoint.treeSize() + "); run evidex-verify store");
        }
        List<ProofFile.Proof> proofs = new ArrayList<>(wanted.size());
        for (long index : wanted) {
            proofs.add(new ProofFile.Proof(index, levels.inclusionProof(index, checkpoint.treeSize())));
        }
        return new LogEvidence(log, checkpoint, checkpointBytes, lines,
                new ProofFile(log, checkpoint.treeSize(), proofs), checkpoint.batch() + 1, storeKeys);
    }

    /** One log's reusable buffer for its batch objects, grown when an object is larger. */
    private static final class BatchBuffer {
        private byte[] bytes = new byte[1 << 20];
        private int length;

        void readFully(InputStream in, String key) throws IOException, PacketVerificationException {
            length = 0;
            while (true) {
                if (length == bytes.length) {
                    if (bytes.length >= MAX_BATCH_OBJECT_BYTES) {
                        throw new PacketVerificationException(key + " is larger than the " + MAX_BATCH_OBJECT_BYTES
                                + " bytes a batch object may have");
                    }
                    bytes = Arrays.copyOf(bytes, (int) Math.min((long) bytes.length * 2, MAX_BATCH_OBJECT_BYTES));
                }
                int read = in.read(bytes, length, bytes.length - length);
                if (read < 0) {
                    return;
                }
                length += read;
            }
        }
    }

    private static void addLines(byte[] bytes, int length, MerkleLevels.Builder leaves, MessageDigest digest,
            Wanted wanted, List<byte[]> lines, String key) throws PacketVerificationException {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                long index = leaves.size();
                leaves.add(Hashes.leaf(digest, bytes, start, i - start));
                if (wanted.take(index)) {
                    lines.add(Arrays.copyOfRange(bytes, start, i));
                }
                start = i + 1;
            }
        }
        if (start != length) {
            throw new PacketVerificationException(key + " does not end with a line feed");
        }
    }

    /** The wanted indices in ascending order, consumed as the log is read in order. */
    private static final class Wanted {
        private final long[] indices;
        private int next;

        Wanted(long[] indices) {
            this.indices = indices;
        }

        boolean take(long index) {
            if (next < indices.length && indices[next] == index) {
                next++;
                return true;
            }
            return false;
        }
    }

    private ObjectStore.Entry newestSeal(String log) throws IOException, PacketVerificationException {
        List<ObjectStore.Entry> seals = store.list(StoreKeys.sealPrefix(log));
        for (int i = seals.size() - 1; i >= 0; i--) {
            String key = seals.get(i).key();
            if (StoreKeys.sealBatch(key.substring(key.lastIndexOf('/') + 1)).isPresent()) {
                return seals.get(i);
            }
        }
        throw new PacketVerificationException("log " + log + " has no seals in " + store.describe());
    }

    private static Seal parse(String log, byte[] bytes) throws PacketVerificationException {
        try {
            return Seal.parse(bytes);
        } catch (SealException e) {
            throw new PacketVerificationException("log " + log + ": newest seal is unreadable: " + e.getMessage(), e);
        }
    }
}
