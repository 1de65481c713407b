package dev.evidex.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.merkle.Hashes;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.StoreKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Re-hashes every artifact a record references and reads SBOM packages for display. */
final class ArtifactChecks {
    static final long MAX_ARTIFACT_BYTES = 256L * 1024 * 1024;
    /** Roles whose cryptographic verification (Cosign, DSSE, Sigstore) is separate from the digest. */
    private static final Set<String> SIGNED_ROLES = Set.of("dsse-envelope", "sigstore-bundle", "provenance");

    private ArtifactChecks() {}

    record Result(List<CheckResult> checks, List<ArtifactLink> links, List<SbomPackage> packages) {}

    static Result run(ObjectStore store, JsonNode record, Optional<dev.evidex.verification.keys.TrustedKeys> keys)
            throws IOException {
        java.util.Map<String, byte[]> verifiedBytes = new java.util.HashMap<>();
        List<CheckResult> checks = new ArrayList<>();
        List<ArtifactLink> links = new ArrayList<>();
        List<SbomPackage> packages = new ArrayList<>();
        for (JsonNode reference : record.path("artifacts")) {
            String role = reference.path("role").asText("raw");
            String digest = reference.path("digest").asText("");
            String name = "Artifact " + role + " matches its digest";
            Optional<String> hex = digest.startsWith("sha256:") ? Optional.of(digest.substring(7)) : Optional.empty();
            Optional<byte[]> bytes = hex.filter(value -> value.matches("[0-9a-f]{64}")).isPresent()
                    ? store.read(StoreKeys.artifact(hex.get()), MAX_ARTIFACT_BYTES) : Optional.empty();
            CheckOutcome outcome;
            if (bytes.isEmpty()) {
                outcome = CheckOutcome.FAILED;
                checks.add(CheckResult.failed(name, digest + " is not in the store"));
            } else {
                String actual = Hashes.hex(Hashes.sha256(bytes.get()));
                outcome = actual.equals(hex.get()) ? CheckOutcome.PASSED : CheckOutcome.FAILED;
                checks.add(outcome == CheckOutcome.PASSED
                        ? CheckResult.passed(name, digest.substring(0, 23) + "… re-hashed, " + bytes.get().length + " bytes")
                        : CheckResult.failed(name, "the stored bytes hash to sha256:" + actual + ", not " + digest));
                if (outcome == CheckOutcome.PASSED) {
                    verifiedBytes.put(role, bytes.get());
                }
                if (outcome == CheckOutcome.PASSED && role.equals("sbom")) {
                    packages.addAll(SpdxPackages.read(bytes.get()));
                }
            }
            if (SIGNED_ROLES.contains(role)) {
                checks.add(CheckResult.skipped("Artifact " + role + " signature verification",
                        "not run in the inspector (DSSE and Sigstore bundles: use evidex-verify), so it is not "
                                + "shown as verified"));
            }
            links.add(new ArtifactLink(role, digest, reference.path("media_type").asText(""),
                    reference.path("size").asLong(-1), outcome));
        }
        Optional<List<CheckResult>> cosign = keys.flatMap(trusted -> CosignCheck.run(record, verifiedBytes, trusted));
        cosign.ifPresent(checks::addAll);
        return new Result(checks, links, packages);
    }
}
