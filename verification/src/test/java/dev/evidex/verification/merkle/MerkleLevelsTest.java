package dev.evidex.verification.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Levels built once answer exactly what {@link MerkleTree} recomputes, for every prefix of random trees. */
class MerkleLevelsTest {

    private static List<byte[]> randomLeaves(Random random, int size) {
        List<byte[]> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte[] data = new byte[8];
            random.nextBytes(data);
            leaves.add(Hashes.leaf(data));
        }
        return leaves;
    }

    @RepeatedTest(40)
    void proofsAndRootsEqualThoseOfMerkleTreeForEveryPrefix(RepetitionInfo repetition) throws MerkleException {
        Random random = new Random(repetition.getCurrentRepetition());
        int size = 1 + random.nextInt(90);
        LeafHashes leaves = LeafHashes.of(randomLeaves(random, size));
        MerkleLevels levels = MerkleLevels.of(leaves);
        for (int treeSize = 0; treeSize <= size; treeSize++) {
            assertThat(levels.root(treeSize)).isEqualTo(MerkleTree.root(leaves, 0, treeSize));
            for (int index = 0; index < treeSize; index++) {
                List<byte[]> proof = levels.inclusionProof(index, treeSize);
                assertThat(proof).containsExactlyElementsOf(MerkleTree.inclusionProof(leaves, index, treeSize));
                MerkleVerifier.verifyInclusion(index, treeSize, leaves.get(index), proof, levels.root(treeSize));
            }
        }
    }

    @Test
    void largeTreeProofsVerifyAgainstTheStreamedRoot() throws MerkleException {
        Random random = new Random(7);
        MerkleLevels.Builder builder = MerkleLevels.builder();
        CompactRange range = CompactRange.empty();
        List<byte[]> leaves = randomLeaves(random, 100_003);
        leaves.forEach(leaf -> {
            builder.add(leaf);
            range.append(leaf);
        });
        MerkleLevels levels = builder.build();
        assertThat(levels.root(levels.size())).isEqualTo(range.root());
        for (int i = 0; i < 200; i++) {
            int index = random.nextInt(leaves.size());
            MerkleVerifier.verifyInclusion(index, leaves.size(), leaves.get(index),
                    levels.inclusionProof(index, leaves.size()), range.root());
        }
    }

    @Test
    void rejectsLeavesOutsideTheTree() {
        MerkleLevels levels = MerkleLevels.of(LeafHashes.of(randomLeaves(new Random(1), 5)));
        assertThatThrownBy(() -> levels.inclusionProof(5, 5)).hasMessage("leaf 5 is not in a tree of size 5");
        assertThatThrownBy(() -> levels.root(6)).hasMessage("tree size 6 exceeds the 5 leaves");
    }
}
