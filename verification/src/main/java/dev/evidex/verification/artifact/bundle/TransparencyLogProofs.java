package dev.evidex.verification.artifact.bundle;

import dev.evidex.verification.artifact.Base64Text;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.Signatures;
import dev.sigstore.merkle.InclusionProofVerificationException;
import dev.sigstore.merkle.InclusionProofVerifier;
import dev.sigstore.rekor.client.RekorEntry;
import dev.sigstore.rekor.client.RekorParseException;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import dev.sigstore.trustroot.TransparencyLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a transparency-log entry against the logs of a trusted root: signed entry timestamp,
 * RFC 9162 inclusion proof, and the checkpoint signed by the log's key. Unlike sigstore-java's
 * RekorVerifier, a checkpoint signature is accepted by its key, not by the log URL's host name
 * (which misses origins with a port, such as {@code localhost:8000}).
 */
final class TransparencyLogProofs {
    private TransparencyLogProofs() {}

    /** @return empty when the entry verifies, else what failed */
    static String verify(RekorEntry entry, SigstoreTrustedRoot root) {
        RekorEntry.InclusionProof proof = entry.getVerification().getInclusionProof();
        if (proof == null) {
            return "the log entry has no inclusion proof";
        }
        Optional<TransparencyLog> log = TransparencyLog.find(root.getTLogs(), HexFormat.of().parseHex(entry.getLogID()));
        if (log.isEmpty()) {
            return "the log entry's log id " + entry.getLogID() + " is not a log of the trusted root";
        }
        PublicKey logKey;
        try {
            logKey = log.get().getPublicKey().toJavaPublicKey();
        } catch (GeneralSecurityException e) {
            return "the trusted root's log key cannot be read: " + e.getMessage();
        }
        String set = entry.getVerification().getSignedEntryTimestamp();
        if (set != null && !set.isEmpty()
                && !Signatures.verify(logKey, entry.getSignableContent(), Base64Text.decode(set, "signed entry timestamp"))) {
            return "signed entry timestamp does not verify with the log's key";
        }
        String inclusion = inclusion(entry, proof);
        return inclusion.isEmpty() ? checkpoint(proof, logKey) : inclusion;
    }

    private static String inclusion(RekorEntry entry, RekorEntry.InclusionProof proof) {
        ByteArrayOutputStream leaf = new ByteArrayOutputStream();
        leaf.write(0);
        leaf.writeBytes(Base64Text.decode(entry.getBody(), "log entry body"));
        List<byte[]> hashes = new ArrayList<>();
        proof.getHashes().forEach(hash -> hashes.add(HexFormat.of().parseHex(hash)));
        try {
            InclusionProofVerifier.verify(Sha256Digest.of(leaf.toByteArray()).bytes(), proof.getLogIndex(),
                    proof.getTreeSize(), hashes, HexFormat.of().parseHex(proof.getRootHash()));
            return "";
        } catch (InclusionProofVerificationException e) {
            return "inclusion proof does not verify: " + e.getMessage();
        }
    }

    private static String checkpoint(RekorEntry.InclusionProof proof, PublicKey logKey) {
        RekorEntry.Checkpoint checkpoint;
        try {
            checkpoint = proof.parsedCheckpoint();
        } catch (RekorParseException e) {
            return "checkpoint cannot be parsed: " + e.getMessage();
        }
        if (!Arrays.equals(Base64Text.decode(checkpoint.getBase64Hash(), "checkpoint root"),
                HexFormat.of().parseHex(proof.getRootHash()))) {
            return "checkpoint root hash differs from the inclusion proof's root hash";
        }
        byte[] signed = checkpoint.getSignedData().getBytes(StandardCharsets.UTF_8);
        boolean verified = checkpoint.getSignatures().stream().limit(20)
                .anyMatch(signature -> Signatures.verify(logKey, signed, signature.getSignature()));
        return verified ? "" : "no checkpoint signature verifies with the log's key";
    }
}
