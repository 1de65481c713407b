package dev.evidex.verification.packet.evidence;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.seal.Seal;
import java.util.List;

/**
 * What a packet holds for one log: its checkpoint, the exported record lines and their proofs.
 *
 * @param storeKeys the store objects the exported bytes came from: the seal and the batch objects holding exported lines
 */
public record LogEvidence(String log, Seal checkpoint, byte[] checkpointBytes, List<byte[]> lines,
        ProofFile proofs, long batchesRead, List<String> storeKeys) {

    public LogEvidence {
        requireNonNull(log, "log is null");
        requireNonNull(checkpoint, "checkpoint is null");
        requireNonNull(checkpointBytes, "checkpointBytes is null");
        lines = List.copyOf(lines);
        requireNonNull(proofs, "proofs is null");
        storeKeys = List.copyOf(storeKeys);
    }

    /** The records file: each exact line followed by a line feed, ascending index. */
    public byte[] recordsBytes() {
        int length = lines.stream().mapToInt(line -> line.length + 1).sum();
        byte[] bytes = new byte[length];
        int position = 0;
        for (byte[] line : lines) {
            System.arraycopy(line, 0, bytes, position, line.length);
            position += line.length;
            bytes[position++] = '\n';
        }
        return bytes;
    }
}
