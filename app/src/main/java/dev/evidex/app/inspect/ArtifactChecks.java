package dev.evidex.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Re-hashes every artifact a record references, re-verifies the signed ones (Cosign signatures,
 * DSSE attestations, Sigstore bundles) and reads SBOM packages for display. A signed artifact
 * whose bytes did not match their digest is reported as not verified, never skipped.
 */
final class ArtifactChecks {
    static final long MAX_ARTIFACT_BYTES = 256L * 1024 * 1024;
    /** Roles verified as DSSE envelopes or Sigstore bundles (the file's shape says which). */
    private static final Set<String> ATTESTATION_ROLES = Set.of("dsse-envelope", "sigstore-bundle", "provenance");
    private static final Set<String> COSIGN_ROLES = Set.of("signature-payload", "signature");

    private ArtifactChecks() {}

    record Result(List<CheckResult> checks, List<ArtifactLink> links, List<SbomPackage> packages) {}

    static Result run(ObjectStore store, JsonNode record, Optional<TrustedKeys> keys, EvidenceTrust trust)
            throws IOException {
        Map<String, byte[]> verifiedBytes = new HashMap<>();
        List<CheckResult> checks = new ArrayList<>();
        List<ArtifactLink> links = new ArrayList<>();
        List<SbomPackage> packages = new ArrayList<>();
        Set<String> cosignRoles = new java.util.HashSet<>();
        List<byte[]> raw = new ArrayList<>();
        for (JsonNode reference : record.path("artifacts")) {
            String role = reference.path("role").asText("raw");
            String digest = reference.path("digest").asText("");
            Optional<byte[]> bytes = digestCheck(store, role, digest, checks);
            CheckOutcome outcome = bytes.isPresent() ? CheckOutcome.PASSED : CheckOutcome.FAILED;
            bytes.ifPresent(value -> verifiedBytes.put(role, value));
            if (bytes.isPresent() && role.equals("raw")) {
                raw.add(bytes.get());
            }
            if (bytes.isPresent() && role.equals("sbom")) {
                packages.addAll(SpdxPackages.read(bytes.get()));
            }
            if (ATTESTATION_ROLES.contains(role)) {
                checks.addAll(bytes.map(value -> AttestationCheck.run(role, value, record, keys, trust))
                        .orElseGet(() -> List.of(unverifiable(ReportChecks.prefix(role) + "signature"))));
            }
            if (COSIGN_ROLES.contains(role)) {
                cosignRoles.add(role);
            }
            links.add(new ArtifactLink(role, digest, reference.path("media_type").asText(""),
                    reference.path("size").asLong(-1), outcome));
        }
        if (!cosignRoles.isEmpty()) {
            checks.addAll(cosign(record, verifiedBytes, raw, keys, trust));
        }
        return new Result(checks, links, packages);
    }

    /** The artifact's bytes when they are in the store and hash to the digest the record names. */
    private static Optional<byte[]> digestCheck(ObjectStore store, String role, String digest, List<CheckResult> checks)
            throws IOException {
        String name = "Artifact " + role + " matches its digest";
        Optional<String> hex = digest.startsWith("sha256:") ? Optional.of(digest.substring(7)) : Optional.empty();
        Optional<byte[]> bytes = hex.filter(value -> value.matches("[0-9a-f]{64}")).isPresent()
                ? store.read(StoreKeys.artifact(hex.get()), MAX_ARTIFACT_BYTES) : Optional.empty();
        if (bytes.isEmpty()) {
            checks.add(CheckResult.failed(name, digest + " is not in the store"));
            return Optional.empty();
        }
        String actual = Hashes.hex(Hashes.sha256(bytes.get()));
        if (!actual.equals(hex.get())) {
            checks.add(CheckResult.failed(name, "the stored bytes hash to sha256:" + actual + ", not " + digest));
            return Optional.empty();
        }
        checks.add(CheckResult.passed(name, digest.substring(0, 23) + "… re-hashed, " + bytes.get().length + " bytes"));
        return bytes;
    }

    private static List<CheckResult> cosign(JsonNode record, Map<String, byte[]> verifiedBytes, List<byte[]> raw,
            Optional<TrustedKeys> keys, EvidenceTrust trust) {
        if (!verifiedBytes.keySet().containsAll(COSIGN_ROLES)) {
            return List.of(CheckResult.failed(CosignCheck.PREFIX + "signature", "not verified: the signature payload "
                    + "and the signature must both be linked, in the store, and match their digests"));
        }
        if (keys.isEmpty()) {
            return List.of(CheckResult.failed(CosignCheck.PREFIX + "signature",
                    "cannot verify: the trusted keys could not be loaded (see the seal signature check)"));
        }
        return CosignCheck.run(record, verifiedBytes, RekorBundles.find(raw), keys.get(), trust.rekorKey())
                .orElse(List.of());
    }

    private static CheckResult unverifiable(String name) {
        return CheckResult.failed(name, "not verified: the artifact's bytes are missing or do not match its digest");
    }
}
