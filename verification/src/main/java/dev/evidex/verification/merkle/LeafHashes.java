package dev.evidex.verification.merkle;

import java.util.List;

/** Random access to the leaf hashes of a log, in index order. */
public interface LeafHashes {
    long size();

    byte[] get(long index);

    /** Leaf hashes held in memory. */
    static LeafHashes of(List<byte[]> hashes) {
        List<byte[]> copy = List.copyOf(hashes);
        return new LeafHashes() {
            @Override
            public long size() {
                return copy.size();
            }

            @Override
            public byte[] get(long index) {
                return copy.get(Math.toIntExact(index));
            }
        };
    }
}
