package dev.evidex.verification.artifact.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import dev.sigstore.rekor.client.ImmutableInclusionProof;
import dev.sigstore.rekor.client.ImmutableRekorEntry;
import dev.sigstore.rekor.client.ImmutableVerification;
import dev.sigstore.rekor.client.RekorEntry;
import java.util.HexFormat;

/**
 * Converts a bundle's {@code tlogEntries[]} item (protobuf JSON: bytes as base64, int64 as
 * strings) into sigstore-java's {@link RekorEntry}, so that its verifier checks the inclusion
 * proof, the checkpoint and the signed entry timestamp for bundles its reader rejects.
 */
final class LogEntries {
    private LogEntries() {}

    static RekorEntry toRekorEntry(JsonNode entry) throws BundleVerificationException {
        JsonNode proof = entry.path("inclusionProof");
        if (!proof.isObject()) {
            throw new BundleVerificationException("transparency-log entry has no inclusion proof");
        }
        try {
            ImmutableInclusionProof.Builder inclusion = ImmutableInclusionProof.builder()
                    .logIndex(Long.parseLong(proof.path("logIndex").asText("0")))
                    .treeSize(Long.parseLong(proof.path("treeSize").asText("0")))
                    .rootHash(hex(proof.path("rootHash"), "inclusion proof root hash"))
                    .checkpoint(proof.path("checkpoint").path("envelope").asText(""));
            for (JsonNode hash : proof.path("hashes")) {
                inclusion.addHashes(hex(hash, "inclusion proof hash"));
            }
            ImmutableVerification.Builder verification = ImmutableVerification.builder().inclusionProof(inclusion.build());
            String set = entry.path("inclusionPromise").path("signedEntryTimestamp").asText("");
            if (!set.isEmpty()) {
                verification.signedEntryTimestamp(set);
            }
            return ImmutableRekorEntry.builder()
                    .integratedTime(Long.parseLong(entry.path("integratedTime").asText("0")))
                    .logID(hex(entry.path("logId").path("keyId"), "log id"))
                    .logIndex(Long.parseLong(entry.path("logIndex").asText("0")))
                    .body(entry.path("canonicalizedBody").asText(""))
                    .verification(verification.build())
                    .build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BundleVerificationException("transparency-log entry is malformed: " + e.getMessage(), e);
        }
    }

    private static String hex(JsonNode base64, String field) {
        return HexFormat.of().formatHex(Base64Text.decode(base64.asText(""), field));
    }
}
