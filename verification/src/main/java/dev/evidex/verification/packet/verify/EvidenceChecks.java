package dev.evidex.verification.packet.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.KeyArchiveEntry;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.merkle.MerkleException;
import dev.evidex.verification.merkle.MerkleVerifier;
import dev.evidex.verification.packet.EntryRole;
import dev.evidex.verification.packet.ManifestEntry;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketManifest;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.ParallelWork;
import dev.evidex.verification.packet.evidence.ProofFile;
import dev.evidex.verification.packet.evidence.ProofFormatException;
import dev.evidex.verification.packet.evidence.RecordFields;
import dev.evidex.verification.packet.evidence.RecordReference;
import dev.evidex.verification.packet.signature.SignedRecord;
import dev.evidex.verification.seal.Seal;
import dev.evidex.verification.seal.SealException;
import dev.evidex.verification.seal.SealVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The evidence part: key archive entries, checkpoints, records and their proofs, artifacts. */
final class EvidenceChecks {
    private final PacketManifest manifest;
    private final Map<String, byte[]> entries;
    private final Findings findings;
    private final Optional<TrustedKeys> trustedKeys;
    private final Set<RecordReference> records = new HashSet<>();
    private final Set<String> sealKeyIds = new TreeSet<>();
    private final Set<String> artifactReferences = new TreeSet<>();
    private final List<SignedRecord> signedRecords = new ArrayList<>();

    EvidenceChecks(PacketManifest manifest, Map<String, byte[]> entries, Findings findings, Optional<TrustedKeys> trustedKeys) {
        this.manifest = manifest;
        this.entries = entries;
        this.findings = findings;
        this.trustedKeys = trustedKeys;
    }

    Set<RecordReference> records() {
        return records;
    }

    /** Records that carry signature evidence, in log order, for {@link SignatureRechecks}. */
    List<SignedRecord> signedRecords() {
        return signedRecords;
    }

    List<String> sealKeyIds() {
        return List.copyOf(sealKeyIds);
    }

    void run() throws java.io.IOException, PacketVerificationException {
        List<KeyArchiveEntry> packetKeys = keys();
        SealVerifier sealVerifier = new SealVerifier(trustedKeys.orElseGet(() -> TrustedKeys.of(packetKeys)));
        if (trustedKeys.isEmpty() && !manifest.entries(EntryRole.CHECKPOINT).isEmpty()) {
            findings.note("seal keys were taken from the packet's evidence/keys/: compare their fingerprints out of band");
        }
        List<String> logs = manifest.entries(EntryRole.CHECKPOINT).stream().map(ManifestEntry::path)
                .map(path -> path.substring(PacketFormat.LOGS.length(), path.length() - PacketFormat.CHECKPOINT.length() - 1))
                .toList();
        // Logs are independent: each is checked on its own thread into its own findings, merged in log order.
        for (LogResult log : ParallelWork.map(logs, ParallelWork.threads(), log -> checkLog(log, sealVerifier))) {
            findings.absorb(log.findings());
            records.addAll(log.records());
            artifactReferences.addAll(log.artifactReferences());
            signedRecords.addAll(log.signedRecords());
        }
        checkArtifacts();
    }

    /** What one log's check found. */
    private record LogResult(Findings findings, List<RecordReference> records, Set<String> artifactReferences,
            List<SignedRecord> signedRecords) {}

    private List<KeyArchiveEntry> keys() {
        List<KeyArchiveEntry> keys = new ArrayList<>();
        for (ManifestEntry entry : manifest.entries(EntryRole.KEY)) {
            findings.checked(PacketCheck.KEY_ARCHIVE);
            byte[] bytes = entries.get(entry.path());
            if (bytes == null) {
                continue;
            }
            try {
                KeyArchiveEntry key = KeyArchiveEntry.parse(bytes);
                if (!entry.path().equals(PacketFormat.KEYS + key.fileName())) {
                    findings.fail(PacketCheck.KEY_ARCHIVE, entry.path(), "holds the entry of key " + key.keyId());
                }
                keys.add(key);
            } catch (KeyFormatException e) {
                findings.fail(PacketCheck.KEY_ARCHIVE, entry.path(), e.getMessage());
            }
        }
        return keys;
    }

    private LogResult checkLog(String log, SealVerifier sealVerifier) {
        Findings findings = new Findings();
        List<RecordReference> records = new ArrayList<>();
        Set<String> artifactReferences = new HashSet<>();
        String checkpointPath = PacketFormat.log(log, PacketFormat.CHECKPOINT);
        Optional<Seal> checkpoint = checkpoint(log, checkpointPath, sealVerifier, findings);
        LogResult result = new LogResult(findings, records, artifactReferences, new ArrayList<>());
        byte[] recordBytes = entries.get(PacketFormat.log(log, PacketFormat.RECORDS));
        byte[] proofBytes = entries.get(PacketFormat.log(log, PacketFormat.PROOFS));
        if (recordBytes == null || proofBytes == null) {
            findings.fail(PacketCheck.RECORD, PacketFormat.LOGS + log + "/", "records.jsonl or proofs.txt is missing");
            return result;
        }
        List<byte[]> lines = RecordLinesReader.lines(recordBytes);
        ProofFile proofs;
        try {
            proofs = ProofFile.parse(proofBytes);
        } catch (ProofFormatException e) {
            findings.fail(PacketCheck.INCLUSION_PROOF, PacketFormat.log(log, PacketFormat.PROOFS), e.getMessage());
            return result;
        }
        List<Long> indices = recordIndices(log, lines, result);
        checkpoint.ifPresent(seal -> checkProofs(log, seal, lines, indices, proofs, findings));
        return result;
    }

    private Optional<Seal> checkpoint(String log, String path, SealVerifier sealVerifier, Findings findings) {
        findings.checked(PacketCheck.CHECKPOINT);
        try {
            Seal seal = Seal.parse(entries.get(path));
            if (!seal.log().equals(log)) {
                findings.fail(PacketCheck.CHECKPOINT, path, "is a seal of log " + seal.log() + ", not of " + log);
                return Optional.empty();
            }
            synchronized (sealKeyIds) {
                sealKeyIds.add(seal.keyId());
            }
            sealVerifier.verify(seal);
            return Optional.of(seal);
        } catch (SealException e) {
            findings.fail(PacketCheck.CHECKPOINT, path, e.getMessage());
            return Optional.empty();
        }
    }

    /** Each record's index, checking it names this log and that indices ascend. */
    private static List<Long> recordIndices(String log, List<byte[]> lines, LogResult result) {
        Findings findings = result.findings();
        String path = PacketFormat.log(log, PacketFormat.RECORDS);
        List<Long> indices = new ArrayList<>(lines.size());
        long previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            findings.checked(PacketCheck.RECORD);
            RecordFields record;
            try {
                record = RecordFields.parse(lines.get(i));
            } catch (IOException e) {
                findings.fail(PacketCheck.RECORD, path, "line " + (i + 1) + " is not JSON: " + Json.describe(e));
                indices.add(-1L);
                continue;
            }
            long index = record.index();
            if (!record.log().equals(Optional.of(log)) || index < 0 || index <= previous) {
                findings.fail(PacketCheck.RECORD, path, "line " + (i + 1) + " (log " + record.log().orElse("")
                        + ", index " + index + ") is not a record of " + log + " in ascending index order");
            }
            previous = Math.max(previous, index);
            indices.add(index);
            result.records().add(new RecordReference(log, Math.max(index, 0)));
            record.artifacts().forEach(artifact -> result.artifactReferences().add(artifact.path("digest").asText()));
            if (record.artifacts().stream().anyMatch(artifact -> SignedRecord.SIGNATURE_ROLES.contains(artifact.path("role").asText()))) {
                // Few records carry signatures: only these are parsed whole, for their signature re-check.
                try {
                    result.signedRecords().add(SignedRecord.parse(log + "#" + index, lines.get(i)));
                } catch (IOException e) {
                    findings.fail(PacketCheck.RECORD, path, "line " + (i + 1) + " is not JSON: " + Json.describe(e));
                }
            }
        }
        return indices;
    }

    private static void checkProofs(String log, Seal checkpoint, List<byte[]> lines, List<Long> indices, ProofFile proofs,
            Findings findings) {
        String path = PacketFormat.log(log, PacketFormat.PROOFS);
        if (!proofs.log().equals(log) || proofs.treeSize() != checkpoint.treeSize()) {
            findings.fail(PacketCheck.INCLUSION_PROOF, path, "proves log " + proofs.log() + " at tree size " + proofs.treeSize()
                    + " but the checkpoint is log " + log + " at tree size " + checkpoint.treeSize());
            return;
        }
        if (proofs.proofs().size() != lines.size()) {
            findings.fail(PacketCheck.INCLUSION_PROOF, path, "holds " + proofs.proofs().size() + " proofs for "
                    + lines.size() + " records");
        }
        byte[] root = Hashes.fromHex(checkpoint.root());
        MessageDigest digest = Hashes.sha256();
        for (int i = 0; i < Math.min(lines.size(), proofs.proofs().size()); i++) {
            findings.checked(PacketCheck.INCLUSION_PROOF);
            ProofFile.Proof proof = proofs.proofs().get(i);
            if (proof.index() != indices.get(i)) {
                findings.fail(PacketCheck.INCLUSION_PROOF, path, "proof " + (i + 1) + " is for index " + proof.index()
                        + " but record " + (i + 1) + " has index " + indices.get(i));
                continue;
            }
            byte[] line = lines.get(i);
            try {
                MerkleVerifier.verifyInclusion(proof.index(), checkpoint.treeSize(),
                        Hashes.leaf(digest, line, 0, line.length), proof.hashes(), root);
            } catch (MerkleException e) {
                findings.fail(PacketCheck.INCLUSION_PROOF, log + "#" + proof.index(), "record is not proven in checkpoint "
                        + checkpoint.batch() + ": " + e.getMessage());
            }
        }
    }

    private void checkArtifacts() {
        for (String digest : artifactReferences) {
            findings.checked(PacketCheck.ARTIFACT);
            String hex = digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
            byte[] actual = entries.get(PacketFormat.ARTIFACTS + hex);
            if (actual == null) {
                findings.fail(PacketCheck.ARTIFACT, digest, "referenced by a record but not in the packet");
            }
        }
        for (ManifestEntry artifact : manifest.entries(EntryRole.ARTIFACT)) {
            byte[] actual = entries.get(artifact.path());
            String name = artifact.path().substring(artifact.path().lastIndexOf('/') + 1);
            if (actual != null && !new String(actual, StandardCharsets.US_ASCII).equals(name)) {
                findings.fail(PacketCheck.ARTIFACT, artifact.path(), "the bytes hash to " + new String(actual, StandardCharsets.US_ASCII)
                        + ", not to the digest they are named by");
            }
        }
    }
}
