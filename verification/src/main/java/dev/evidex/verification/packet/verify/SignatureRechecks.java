package dev.evidex.verification.packet.verify;

import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.ParallelWork;
import dev.evidex.verification.packet.signature.SignatureChecks;
import dev.evidex.verification.packet.signature.SignatureResult;
import dev.evidex.verification.packet.signature.SignedRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code artifact-signature} check: every signature, attestation and bundle a packet's
 * records carry is verified again from the packet's own bytes. A signature that fails, or that
 * nothing trusted can check, fails the packet; a signed payload without its signature is listed.
 */
final class SignatureRechecks {
    private final PacketArchive archive;
    private final Findings findings;
    private final SignatureChecks checks;

    SignatureRechecks(PacketArchive archive, Findings findings, Optional<TrustedKeys> trustedKeys) {
        this.archive = archive;
        this.findings = findings;
        this.checks = new SignatureChecks(trustedKeys);
    }

    List<SignatureResult> run(List<SignedRecord> records) throws IOException, PacketVerificationException {
        List<SignatureResult> results = new ArrayList<>();
        for (List<SignatureResult> recordResults : ParallelWork.map(records, ParallelWork.threads(),
                record -> checks.check(record, this::artifact))) {
            results.addAll(recordResults);
        }
        long notCarried = 0;
        for (SignatureResult result : results) {
            if (result.status() == SignatureResult.Status.SIGNATURE_NOT_CARRIED) {
                notCarried++;
                continue;
            }
            findings.checked(PacketCheck.ARTIFACT_SIGNATURE);
            if (result.fails()) {
                findings.fail(PacketCheck.ARTIFACT_SIGNATURE, result.record() + " " + result.artifact(), result.kind() + " "
                        + result.status().label() + ": " + result.detail() + (result.trust().equals("none") ? "" : " (checked with " + result.trust() + ")"));
            }
        }
        if (notCarried > 0) {
            findings.note(notCarried + " signed payload(s) are carried without their signature, so their signatures were NOT "
                    + "re-checked (the records' ingest-time verdicts rest on the seals only); --json lists them");
        }
        return results;
    }

    /** An artifact's bytes as the packet holds them (its entry was already hashed against the manifest). */
    private Optional<byte[]> artifact(String digest) {
        String hex = digest.startsWith("sha256:") ? digest.substring("sha256:".length()) : digest;
        String path = PacketFormat.ARTIFACTS + hex;
        if (!archive.contains(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(archive.read(path));
        } catch (IOException | PacketVerificationException e) {
            return Optional.empty();
        }
    }
}
