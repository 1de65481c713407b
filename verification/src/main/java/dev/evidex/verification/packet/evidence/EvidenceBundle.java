package dev.evidex.verification.packet.evidence;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.PacketEntry;
import java.util.List;

/**
 * The evidence part of a packet, ready to be written, with what reports need to say about it.
 *
 * @param storeKeys every store object the evidence bytes were taken from (seals, batch objects holding exported
 *                  records, key archive entries, artifacts), sorted; the objects a retention statement is about
 */
public record EvidenceBundle(List<PacketEntry> entries, List<LogSummary> logs, List<String> sealKeyIds,
        int artifacts, String trustSource, List<String> storeKeys) {

    /** One log's part of the packet. */
    public record LogSummary(String log, long records, long treeSize, long checkpointBatch, String root,
            String sealTime, String keyId, long batchesRead) {}

    public EvidenceBundle {
        entries = List.copyOf(entries);
        logs = List.copyOf(logs);
        sealKeyIds = List.copyOf(sealKeyIds);
        requireNonNull(trustSource, "trustSource is null");
        storeKeys = List.copyOf(storeKeys);
    }

    public long records() {
        return logs.stream().mapToLong(LogSummary::records).sum();
    }
}
