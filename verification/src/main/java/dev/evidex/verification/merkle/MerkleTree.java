package dev.evidex.verification.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 tree hashes and proof generation (section 2.1). Generation recomputes subtree hashes
 * from the leaves: O(n) per proof, which suits verifiers and tests.
 */
public final class MerkleTree {
    private MerkleTree() {}

    /** MTH(D[start:end]). */
    public static byte[] root(LeafHashes leaves, long start, long end) {
        if (end == start) {
            return Hashes.emptyRoot();
        }
        CompactRange range = CompactRange.empty();
        for (long i = start; i < end; i++) {
            range.append(leaves.get(i));
        }
        return range.root();
    }

    /** Inclusion proof of leaf {@code index} in the tree of the first {@code treeSize} leaves. */
    public static List<byte[]> inclusionProof(LeafHashes leaves, long index, long treeSize) {
        checkSize(leaves, treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + treeSize);
        }
        List<byte[]> proof = new ArrayList<>();
        path(leaves, index, 0, treeSize, proof);
        return proof;
    }

    /** Consistency proof between the trees of the first {@code first} and {@code second} leaves. */
    public static List<byte[]> consistencyProof(LeafHashes leaves, long first, long second) {
        checkSize(leaves, second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from size " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(leaves, first, 0, second, true, proof);
        }
        return proof;
    }

    private static void path(LeafHashes leaves, long index, long start, long end, List<byte[]> proof) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (index - start < k) {
            path(leaves, index, start, start + k, proof);
            proof.add(root(leaves, start + k, end));
        } else {
            path(leaves, index, start + k, end, proof);
            proof.add(root(leaves, start, start + k));
        }
    }

    private static void subproof(LeafHashes leaves, long m, long start, long end, boolean complete,
            List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!complete) {
                proof.add(root(leaves, start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, start, start + k, complete, proof);
            proof.add(root(leaves, start + k, end));
        } else {
            subproof(leaves, m - k, start + k, end, false, proof);
            proof.add(root(leaves, start, start + k));
        }
    }

    /** The largest power of two strictly less than {@code n} (n &gt; 1). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void checkSize(LeafHashes leaves, long treeSize) {
        if (treeSize > leaves.size()) {
            throw new IllegalArgumentException("tree size " + treeSize + " exceeds the " + leaves.size() + " leaves");
        }
    }
}
