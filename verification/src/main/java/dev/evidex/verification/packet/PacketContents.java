package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.evidence.EvidenceBundle;
import dev.evidex.verification.packet.query.QueryEvidence;
import java.time.Instant;
import java.util.List;

/**
 * Everything a packet is made of before it is laid out and signed. The same contents and creation
 * time give the same bytes.
 *
 * @param declaredControls requirements the assessment puts in scope; those no query covers are listed as such
 * @param retention        the retention statement ({@code retention.json}), see {@link RetentionStatement}
 */
public record PacketContents(Instant created, String principal, String principalSource, String toolVersion,
        Assessment assessment, List<QueryEvidence> queries, EvidenceBundle evidence, List<String> declaredControls,
        byte[] retention) {

    public PacketContents {
        requireNonNull(created, "created is null");
        requireNonNull(principal, "principal is null");
        requireNonNull(principalSource, "principalSource is null");
        requireNonNull(toolVersion, "toolVersion is null");
        requireNonNull(assessment, "assessment is null");
        queries = List.copyOf(queries);
        requireNonNull(evidence, "evidence is null");
        declaredControls = List.copyOf(declaredControls);
        requireNonNull(retention, "retention is null");
    }
}
