package dev.evidex.verification.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** Verification of RFC 9162 inclusion (2.1.3.2) and consistency (2.1.4.2) proofs. */
public final class MerkleVerifier {
    private MerkleVerifier() {}

    /**
     * Verifies that {@code leafHash} is leaf {@code index} of the tree of size {@code treeSize}
     * with root {@code root}.
     */
    public static void verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof,
            byte[] root) throws MerkleException {
        if (index < 0 || index >= treeSize) {
            throw new MerkleException("leaf index " + index + " is outside a tree of size " + treeSize);
        }
        byte[] computed = rootFromInclusionProof(index, treeSize, leafHash, proof);
        if (!MessageDigest.isEqual(computed, root)) {
            throw new MerkleException("inclusion proof for leaf " + index + " in a tree of size " + treeSize
                    + " yields root " + Hashes.hex(computed) + ", expected " + Hashes.hex(root));
        }
    }

    private static byte[] rootFromInclusionProof(long index, long treeSize, byte[] leafHash, List<byte[]> proof)
            throws MerkleException {
        MessageDigest digest = Hashes.sha256();
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            checkLength(p);
            if (sn == 0) {
                throw new MerkleException("inclusion proof for leaf " + index + " has " + proof.size()
                        + " hashes, more than a tree of size " + treeSize + " needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Hashes.node(digest, p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = Hashes.node(digest, r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new MerkleException("inclusion proof for leaf " + index + " has " + proof.size()
                    + " hashes, fewer than a tree of size " + treeSize + " needs");
        }
        return r;
    }

    /** Verifies that the tree of size {@code second} with root {@code secondRoot} extends the first. */
    public static void verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) throws MerkleException {
        if (first < 0 || first > second) {
            throw new MerkleException("tree of size " + second + " cannot extend a tree of size " + first);
        }
        if (first == second || first == 0) {
            if (!proof.isEmpty()) {
                throw new MerkleException("consistency proof from " + first + " to " + second + " must be empty");
            }
            if (first == second && !MessageDigest.isEqual(firstRoot, secondRoot)) {
                throw new MerkleException("trees of equal size " + first + " have different roots "
                        + Hashes.hex(firstRoot) + " and " + Hashes.hex(secondRoot));
            }
            return;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            throw new MerkleException("consistency proof from " + first + " to " + second + " is empty");
        }
        byte[][] roots = rootsFromConsistencyProof(first, second, path);
        if (!MessageDigest.isEqual(roots[0], firstRoot)) {
            throw new MerkleException("consistency proof from " + first + " to " + second
                    + " does not reproduce the first root " + Hashes.hex(firstRoot));
        }
        if (!MessageDigest.isEqual(roots[1], secondRoot)) {
            throw new MerkleException("consistency proof from " + first + " to " + second
                    + " does not reproduce the second root " + Hashes.hex(secondRoot));
        }
    }

    private static byte[][] rootsFromConsistencyProof(long first, long second, List<byte[]> path)
            throws MerkleException {
        MessageDigest digest = Hashes.sha256();
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        checkLength(path.get(0));
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            checkLength(c);
            if (sn == 0) {
                throw new MerkleException("consistency proof from " + first + " to " + second + " is too long");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Hashes.node(digest, c, fr);
                sr = Hashes.node(digest, c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = Hashes.node(digest, sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new MerkleException("consistency proof from " + first + " to " + second + " is too short");
        }
        return new byte[][] {fr, sr};
    }

    private static void checkLength(byte[] hash) throws MerkleException {
        if (hash.length != Hashes.LENGTH) {
            throw new MerkleException("proof hash has " + hash.length + " bytes, expected " + Hashes.LENGTH);
        }
    }
}
