package dev.evidex.verification.merkle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Random trees: every generated proof verifies and any alteration of it fails. */
class MerklePropertyTest {

    private static LeafHashes randomLeaves(Random random, int size) {
        List<byte[]> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // Distinct leaves: a proof for one of two equal leaves rightly verifies for the other.
            byte[] data = new byte[4 + random.nextInt(40)];
            random.nextBytes(data);
            data[0] = (byte) (i >>> 8);
            data[1] = (byte) i;
            leaves.add(Hashes.leaf(data));
        }
        return LeafHashes.of(leaves);
    }

    @RepeatedTest(60)
    void everyInclusionProofVerifiesAndAlteredOnesFail(RepetitionInfo repetition) throws MerkleException {
        Random random = new Random(repetition.getCurrentRepetition());
        int size = 1 + random.nextInt(70);
        LeafHashes leaves = randomLeaves(random, size);
        byte[] root = MerkleTree.root(leaves, 0, size);
        for (int i = 0; i < size; i++) {
            int index = i;
            List<byte[]> proof = MerkleTree.inclusionProof(leaves, index, size);
            MerkleVerifier.verifyInclusion(index, size, leaves.get(index), proof, root);
            if (!proof.isEmpty()) {
                List<byte[]> altered = new ArrayList<>(proof);
                int position = random.nextInt(altered.size());
                byte[] flipped = altered.get(position).clone();
                flipped[random.nextInt(flipped.length)] ^= 1;
                altered.set(position, flipped);
                assertRejected(() -> MerkleVerifier.verifyInclusion(index, size, leaves.get(index), altered, root));
                List<byte[]> shortened = proof.subList(0, proof.size() - 1);
                assertRejected(() -> MerkleVerifier.verifyInclusion(index, size, leaves.get(index), shortened, root));
                int other = (index + 1) % size;
                assertRejected(() -> MerkleVerifier.verifyInclusion(other, size, leaves.get(index), proof, root));
            }
        }
    }

    @RepeatedTest(60)
    void everyConsistencyProofVerifiesAndAlteredOnesFail(RepetitionInfo repetition) throws MerkleException {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        int second = 1 + random.nextInt(70);
        LeafHashes leaves = randomLeaves(random, second);
        byte[] secondRoot = MerkleTree.root(leaves, 0, second);
        for (int first = 1; first <= second; first++) {
            byte[] firstRoot = MerkleTree.root(leaves, 0, first);
            List<byte[]> proof = MerkleTree.consistencyProof(leaves, first, second);
            MerkleVerifier.verifyConsistency(first, second, firstRoot, secondRoot, proof);
            int firstSize = first;
            if (!proof.isEmpty()) {
                List<byte[]> altered = new ArrayList<>(proof);
                int position = random.nextInt(altered.size());
                byte[] flipped = altered.get(position).clone();
                flipped[random.nextInt(flipped.length)] ^= 0x40;
                altered.set(position, flipped);
                assertRejected(() -> MerkleVerifier.verifyConsistency(firstSize, second, firstRoot, secondRoot, altered));
            }
            if (first < second) {
                byte[] wrongRoot = firstRoot.clone();
                wrongRoot[0] ^= 1;
                assertRejected(() -> MerkleVerifier.verifyConsistency(firstSize, second, wrongRoot, secondRoot, proof));
            }
        }
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(MerkleException.class);
    }
}
