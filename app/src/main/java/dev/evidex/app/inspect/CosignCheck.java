package dev.evidex.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.cosign.CosignRequest;
import dev.evidex.verification.artifact.cosign.CosignVerifier;
import dev.evidex.verification.artifact.cosign.SignatureVerificationException;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.keys.KeyPurpose;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-verifies a Cosign simple-signing signature linked to a record (its {@code signature-payload}
 * and {@code signature} artifacts) with the trusted image-signing keys, through the verification
 * module's per-check report.
 */
final class CosignCheck {
    static final String PREFIX = "Cosign ";

    private CosignCheck() {}

    /**
     * Empty when the record links no Cosign payload and signature. A linked Rekor bundle is
     * verified with the Rekor key on disk; without that key its check fails rather than being skipped.
     */
    static Optional<List<CheckResult>> run(JsonNode record, Map<String, byte[]> artifactsByRole,
            Optional<String> rekorBundle, TrustedKeys keys, Optional<Path> rekorKeyFile) {
        byte[] payload = artifactsByRole.get("signature-payload");
        byte[] signature = artifactsByRole.get("signature");
        if (payload == null || signature == null) {
            return Optional.empty();
        }
        List<PublicKey> imageKeys = keys.all().stream().filter(key -> key.entry().allows(KeyPurpose.IMAGE_SIGNING))
                .map(key -> key.entry().publicKey()).toList();
        if (imageKeys.isEmpty()) {
            return Optional.of(List.of(CheckResult.failed(PREFIX + "signature",
                    "cannot verify: no trusted image-signing key is configured (trusted keys directory in Store settings)")));
        }
        try {
            Sha256Digest image = Sha256Digest.parse(record.path("digest").asText(""));
            Optional<PublicKey> rekorKey = rekorKey(rekorBundle, rekorKeyFile);
            ArtifactReport last = null;
            for (PublicKey key : imageKeys) {
                last = new CosignVerifier().verify(new CosignRequest(payload,
                        new String(signature, StandardCharsets.US_ASCII).trim(), key, image, rekorBundle, rekorKey));
                if (last.verified()) {
                    break;
                }
            }
            return Optional.of(results(last));
        } catch (SignatureVerificationException | IllegalArgumentException e) {
            return Optional.of(List.of(CheckResult.failed(PREFIX + "signature", e.getMessage())));
        } catch (IOException | KeyFormatException e) {
            return Optional.of(List.of(CheckResult.failed(PREFIX + "transparency-log",
                    "cannot verify: the Rekor key " + rekorKeyFile.orElseThrow() + " cannot be read: " + e.getMessage())));
        }
    }

    /** The Rekor key is read only when there is a bundle to check with it. */
    private static Optional<PublicKey> rekorKey(Optional<String> rekorBundle, Optional<Path> rekorKeyFile)
            throws IOException, KeyFormatException {
        if (rekorBundle.isEmpty() || rekorKeyFile.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PublicKeys.parsePem(Files.readString(rekorKeyFile.get(), StandardCharsets.US_ASCII)));
    }

    private static List<CheckResult> results(ArtifactReport report) {
        return ReportChecks.of(PREFIX, report, ProvenancePolicy.none());
    }
}
