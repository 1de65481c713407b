package dev.evidex.verification.store.verify;

import dev.evidex.verification.merkle.CompactRange;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.merkle.MerkleException;
import dev.evidex.verification.merkle.MerkleTree;
import dev.evidex.verification.merkle.MerkleVerifier;
import dev.evidex.verification.seal.Seal;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Checks a log against a checkpoint the verifier was given (rollback and fork detection): keeps
 * the log's leaves on disk while it streams, then proves consistency from the checkpoint's tree
 * to the store's tree with an RFC 9162 consistency proof.
 */
final class CheckpointTracker implements AutoCloseable {
    private final String log;
    private final Optional<Seal> checkpoint;
    private final VerificationContext context;
    private final FileLeafHashes leaves;

    private CheckpointTracker(String log, Optional<Seal> checkpoint, VerificationContext context,
            FileLeafHashes leaves) {
        this.log = log;
        this.checkpoint = checkpoint;
        this.context = context;
        this.leaves = leaves;
    }

    static CheckpointTracker create(String log, Optional<Seal> checkpoint, VerificationContext context)
            throws IOException {
        return new CheckpointTracker(log, checkpoint, context, checkpoint.isPresent() ? new FileLeafHashes() : null);
    }

    void add(byte[] leaf) throws IOException {
        if (leaves != null) {
            leaves.add(leaf);
        }
    }

    void finish(CompactRange range) throws IOException {
        if (checkpoint.isEmpty()) {
            return;
        }
        leaves.flush();
        Seal given = checkpoint.get();
        long first = given.treeSize();
        long second = leaves.size();
        if (second < first) {
            fail(given, "rollback: the store's log has " + second + " records, fewer than the " + first
                    + " of the checkpoint (batch " + given.batch() + ")");
            return;
        }
        if (range.size() != second) {
            fail(given, "the log failed integrity checks, so consistency with the checkpoint cannot be shown");
            return;
        }
        byte[] firstRoot = Hashes.fromHex(given.root());
        try {
            List<byte[]> proof = MerkleTree.consistencyProof(leaves, first, second);
            MerkleVerifier.verifyConsistency(first, second, firstRoot, range.root(), proof);
        } catch (MerkleException e) {
            fail(given, "the store's log is not consistent with the checkpoint of tree size " + first
                    + " (fork or rewritten history): " + e.getMessage());
        }
    }

    private void fail(Seal given, String detail) {
        context.fail(Failure.ofBatch(Check.CHECKPOINT, log, given.batch(), null, detail));
    }

    @Override
    public void close() throws IOException {
        if (leaves != null) {
            leaves.close();
        }
    }
}
