package dev.evidex.app.inspect;

import dev.evidex.app.inspect.LogReader.SealFile;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.merkle.LeafHashes;
import dev.evidex.verification.merkle.MerkleException;
import dev.evidex.verification.merkle.MerkleTree;
import dev.evidex.verification.merkle.MerkleVerifier;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Re-proves now that the record's leaf is in the tree its seal signed: the leaves of the log up to
 * the seal's tree size are re-hashed from the batch objects, an RFC 9162 inclusion proof is built
 * and checked against the signed root.
 */
final class InclusionCheck {
    static final String NAME = "Inclusion proof against the signed root";

    private InclusionCheck() {}

    static CheckResult run(LogReader reader, SealFile covering, long index, byte[] line, BooleanSupplier cancelled)
            throws IOException, InspectionException {
        List<byte[]> leaves = new ArrayList<>();
        MessageDigest digest = Hashes.sha256();
        for (long batch = 0; batch <= covering.seal().batch(); batch++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("inspection cancelled");
            }
            SealFile seal = batch == covering.seal().batch() ? covering : reader.seal(batch).orElseThrow(() ->
                    new InspectionException("a seal before this record's batch is missing"));
            Optional<byte[]> bytes = reader.batchObject(seal.seal());
            if (bytes.isEmpty()) {
                return CheckResult.failed(NAME, "batch object " + seal.seal().batchObject() + " is missing, so the tree "
                        + "cannot be recomputed");
            }
            for (byte[] each : BatchLines.split(bytes.get())) {
                leaves.add(Hashes.leaf(digest, each, 0, each.length));
            }
        }
        long treeSize = covering.seal().treeSize();
        if (leaves.size() < treeSize) {
            return CheckResult.failed(NAME, "the batch objects hold " + leaves.size() + " records, the seal says "
                    + treeSize);
        }
        byte[] leaf = Hashes.leaf(line);
        try {
            LeafHashes hashes = LeafHashes.of(leaves.subList(0, Math.toIntExact(treeSize)));
            List<byte[]> proof = MerkleTree.inclusionProof(hashes, index, treeSize);
            MerkleVerifier.verifyInclusion(index, treeSize, leaf, proof, Hashes.fromHex(covering.seal().root()));
            return CheckResult.passed(NAME, "leaf " + Hashes.hex(leaf).substring(0, 16) + "… is record " + index
                    + " of a tree of " + treeSize + "; a proof of " + proof.size() + " hashes reproduces the signed root "
                    + covering.seal().root().substring(0, 16) + "…");
        } catch (MerkleException e) {
            return CheckResult.failed(NAME, e.getMessage());
        }
    }
}
