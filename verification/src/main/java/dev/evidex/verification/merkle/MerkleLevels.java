package dev.evidex.verification.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every level of an RFC 9162 tree, built once: O(n) hashes and 32 bytes per node (about 64 bytes
 * per leaf in all). Inclusion proofs and roots of any prefix of the tree then cost O(log n)
 * hashes, which is what exporting proofs for a hundred thousand records of a million-leaf log
 * needs ({@link MerkleTree} recomputes O(n) per proof).
 */
public final class MerkleLevels {
    /** Flat arrays keep a million-leaf log in two arrays per level instead of millions of objects. */
    private static final int MAX_LEAVES = Integer.MAX_VALUE / Hashes.LENGTH;

    private final byte[][] levels;
    private final long size;

    private MerkleLevels(byte[][] levels, long size) {
        this.levels = levels;
        this.size = size;
    }

    /** Collects leaf hashes in index order, then builds the levels. */
    public static final class Builder {
        private byte[] leaves = new byte[Hashes.LENGTH * 1024];
        private int count;

        public Builder add(byte[] leafHash) {
            if (leafHash.length != Hashes.LENGTH) {
                throw new IllegalArgumentException("leaf hash has " + leafHash.length + " bytes");
            }
            if (count == MAX_LEAVES) {
                throw new IllegalStateException("more than " + MAX_LEAVES + " leaves in one tree");
            }
            if ((count + 1) * Hashes.LENGTH > leaves.length) {
                leaves = Arrays.copyOf(leaves, (int) Math.min((long) leaves.length * 2, (long) MAX_LEAVES * Hashes.LENGTH));
            }
            System.arraycopy(leafHash, 0, leaves, count * Hashes.LENGTH, Hashes.LENGTH);
            count++;
            return this;
        }

        public long size() {
            return count;
        }

        public MerkleLevels build() {
            List<byte[]> built = new ArrayList<>();
            byte[] level = Arrays.copyOf(leaves, count * Hashes.LENGTH);
            built.add(level);
            MessageDigest digest = Hashes.sha256();
            byte[] left = new byte[Hashes.LENGTH];
            byte[] right = new byte[Hashes.LENGTH];
            while (level.length / Hashes.LENGTH > 1) {
                int nodes = level.length / Hashes.LENGTH / 2;
                byte[] parent = new byte[nodes * Hashes.LENGTH];
                for (int i = 0; i < nodes; i++) {
                    System.arraycopy(level, 2 * i * Hashes.LENGTH, left, 0, Hashes.LENGTH);
                    System.arraycopy(level, (2 * i + 1) * Hashes.LENGTH, right, 0, Hashes.LENGTH);
                    System.arraycopy(Hashes.node(digest, left, right), 0, parent, i * Hashes.LENGTH, Hashes.LENGTH);
                }
                built.add(parent);
                level = parent;
            }
            return new MerkleLevels(built.toArray(new byte[0][]), count);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static MerkleLevels of(LeafHashes leaves) {
        Builder builder = new Builder();
        for (long i = 0; i < leaves.size(); i++) {
            builder.add(leaves.get(i));
        }
        return builder.build();
    }

    public long size() {
        return size;
    }

    public byte[] leaf(long index) {
        return node(0, index);
    }

    /** The root of the tree of the first {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        checkTreeSize(treeSize);
        return treeSize == 0 ? Hashes.emptyRoot() : subtree(0, treeSize, Hashes.sha256());
    }

    /** The RFC 9162 inclusion proof of leaf {@code index} in the tree of the first {@code treeSize} leaves. */
    public List<byte[]> inclusionProof(long index, long treeSize) {
        checkTreeSize(treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + treeSize);
        }
        MessageDigest digest = Hashes.sha256();
        List<byte[]> proof = new ArrayList<>();
        long start = 0;
        long end = treeSize;
        // Walk down from the root, then reverse: RFC 9162 lists the proof from the leaf upwards.
        while (end - start > 1) {
            long k = MerkleTree.largestPowerOfTwoBelow(end - start);
            if (index - start < k) {
                proof.add(subtree(start + k, end, digest));
                end = start + k;
            } else {
                proof.add(subtree(start, start + k, digest));
                start = start + k;
            }
        }
        java.util.Collections.reverse(proof);
        return proof;
    }

    /** MTH(D[start:end]): a stored node when the range is a perfect aligned subtree, else split. */
    private byte[] subtree(long start, long end, MessageDigest digest) {
        long width = end - start;
        if (Long.bitCount(width) == 1 && start % width == 0) {
            return node(Long.numberOfTrailingZeros(width), start / width);
        }
        long k = MerkleTree.largestPowerOfTwoBelow(width);
        return Hashes.node(digest, subtree(start, start + k, digest), subtree(start + k, end, digest));
    }

    private byte[] node(int level, long position) {
        int offset = Math.toIntExact(position * Hashes.LENGTH);
        return Arrays.copyOfRange(levels[level], offset, offset + Hashes.LENGTH);
    }

    private void checkTreeSize(long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException("tree size " + treeSize + " exceeds the " + size + " leaves");
        }
    }
}
