package dev.evidex.verification.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The right border of a growing RFC 9162 tree: the roots of its perfect subtrees, largest first.
 * Appending a leaf costs O(log n) hashes and memory stays O(log n), which is what lets writers
 * seal and verifiers stream a log of any length.
 */
public final class CompactRange {
    private final List<byte[]> subtrees;
    private long size;
    private final MessageDigest digest = Hashes.sha256();

    private CompactRange(long size, List<byte[]> subtrees) {
        this.size = size;
        this.subtrees = subtrees;
    }

    public static CompactRange empty() {
        return new CompactRange(0, new ArrayList<>());
    }

    /**
     * Restores a range from a tree size and its subtree roots (as stored in a seal's frontier).
     *
     * @throws MerkleException when the number of subtrees does not match the size
     */
    public static CompactRange of(long size, List<byte[]> subtrees) throws MerkleException {
        if (size < 0 || Long.bitCount(size) != subtrees.size()) {
            throw new MerkleException("frontier of a tree of size " + size + " must have "
                    + Long.bitCount(Math.max(size, 0)) + " subtree hashes, got " + subtrees.size());
        }
        List<byte[]> copy = new ArrayList<>(subtrees.size());
        for (byte[] hash : subtrees) {
            if (hash.length != Hashes.LENGTH) {
                throw new MerkleException("frontier hash has " + hash.length + " bytes, expected " + Hashes.LENGTH);
            }
            copy.add(hash.clone());
        }
        return new CompactRange(size, copy);
    }

    /** Appends one leaf hash. */
    public void append(byte[] leafHash) {
        subtrees.add(leafHash);
        size++;
        // Each trailing zero bit of the new size is a pair of equal subtrees to merge.
        for (long bits = size; (bits & 1) == 0; bits >>>= 1) {
            byte[] right = subtrees.remove(subtrees.size() - 1);
            byte[] left = subtrees.remove(subtrees.size() - 1);
            subtrees.add(Hashes.node(digest, left, right));
        }
    }

    public long size() {
        return size;
    }

    /** The RFC 9162 root of the tree so far. */
    public byte[] root() {
        if (subtrees.isEmpty()) {
            return Hashes.emptyRoot();
        }
        byte[] root = subtrees.get(subtrees.size() - 1);
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = Hashes.node(digest, subtrees.get(i), root);
        }
        return root;
    }

    /** Copies of the subtree roots, largest first. */
    public List<byte[]> subtrees() {
        List<byte[]> copy = new ArrayList<>(subtrees.size());
        subtrees.forEach(hash -> copy.add(hash.clone()));
        return copy;
    }

    public CompactRange copy() {
        return new CompactRange(size, subtrees());
    }
}
