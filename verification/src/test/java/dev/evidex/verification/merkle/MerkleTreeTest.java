package dev.evidex.verification.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The RFC 6962 / RFC 9162 reference vectors (as published with Certificate Transparency). */
class MerkleTreeTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> DATA = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    static LeafHashes referenceLeaves() {
        List<byte[]> leaves = new ArrayList<>();
        DATA.forEach(data -> leaves.add(Hashes.leaf(HEX.parseHex(data))));
        return LeafHashes.of(leaves);
    }

    @Test
    void rootsMatchTheReferenceForEverySize() {
        LeafHashes leaves = referenceLeaves();
        CompactRange range = CompactRange.empty();
        assertThat(HEX.formatHex(range.root())).isEqualTo(ROOTS.get(0));
        for (int size = 1; size <= DATA.size(); size++) {
            range.append(leaves.get(size - 1));
            assertThat(HEX.formatHex(range.root())).as("size %d", size).isEqualTo(ROOTS.get(size));
            assertThat(HEX.formatHex(MerkleTree.root(leaves, 0, size))).isEqualTo(ROOTS.get(size));
        }
    }

    static Stream<Arguments> inclusionVectors() {
        return Stream.of(
                Arguments.of(0, 8, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(5, 8, List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(0, 1, List.of()));
    }

    @ParameterizedTest
    @MethodSource("inclusionVectors")
    void inclusionProofsMatchTheReference(long index, long size, List<String> expected) throws MerkleException {
        LeafHashes leaves = referenceLeaves();
        List<byte[]> proof = MerkleTree.inclusionProof(leaves, index, size);
        assertThat(proof).extracting(HEX::formatHex).containsExactlyElementsOf(expected);
        MerkleVerifier.verifyInclusion(index, size, leaves.get(index), proof, HEX.parseHex(ROOTS.get((int) size)));
    }

    static Stream<Arguments> consistencyVectors() {
        return Stream.of(
                Arguments.of(1, 1, List.of()),
                Arguments.of(1, 8, List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(6, 8, List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(2, 5, List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));
    }

    @ParameterizedTest
    @MethodSource("consistencyVectors")
    void consistencyProofsMatchTheReference(long first, long second, List<String> expected) throws MerkleException {
        List<byte[]> proof = MerkleTree.consistencyProof(referenceLeaves(), first, second);
        assertThat(proof).extracting(HEX::formatHex).containsExactlyElementsOf(expected);
        MerkleVerifier.verifyConsistency(first, second, HEX.parseHex(ROOTS.get((int) first)),
                HEX.parseHex(ROOTS.get((int) second)), proof);
    }

    @Test
    void equalSizesWithDifferentRootsAreAFork() {
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(4, 4, HEX.parseHex(ROOTS.get(4)),
                HEX.parseHex(ROOTS.get(5)), List.of()))
                .isInstanceOf(MerkleException.class)
                .hasMessageContaining("trees of equal size 4 have different roots");
    }

    @Test
    void aShrunkenTreeIsNotConsistent() {
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(5, 4, HEX.parseHex(ROOTS.get(5)),
                HEX.parseHex(ROOTS.get(4)), List.of()))
                .isInstanceOf(MerkleException.class)
                .hasMessageContaining("tree of size 4 cannot extend a tree of size 5");
    }

    @Test
    void frontierRestoresTheSameRoot() throws MerkleException {
        LeafHashes leaves = referenceLeaves();
        CompactRange range = CompactRange.empty();
        for (int i = 0; i < 7; i++) {
            range.append(leaves.get(i));
        }
        CompactRange restored = CompactRange.of(7, range.subtrees());
        restored.append(leaves.get(7));
        assertThat(HEX.formatHex(restored.root())).isEqualTo(ROOTS.get(8));
        assertThatThrownBy(() -> CompactRange.of(7, range.subtrees().subList(0, 2)))
                .hasMessageContaining("frontier of a tree of size 7 must have 3 subtree hashes, got 2");
    }
}
