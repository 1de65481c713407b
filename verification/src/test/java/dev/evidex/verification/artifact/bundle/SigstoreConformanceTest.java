package dev.evidex.verification.artifact.bundle;

import static dev.evidex.verification.artifact.ArtifactFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.artifact.ArtifactFixtures;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.Check;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sigstore-conformance case in the fixtures, run as the upstream suite runs it: {@code _fail}
 * cases must fail, the others must verify. Cases without their own trusted root use the
 * public-good snapshot in the fixtures (offline, no TUF).
 */
class SigstoreConformanceTest {
    static final String DEFAULT_IDENTITY = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/"
            + ".github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    static final String DEFAULT_ISSUER = "https://token.actions.githubusercontent.com";

    /** The outcome of one case: verified, or the reason it failed. */
    record Outcome(boolean verified, String reason) {}

    static Outcome run(Path folder) throws Exception {
        Path root = folder.getParent();
        Path artifact = Files.exists(folder.resolve("artifact")) ? folder.resolve("artifact") : root.resolve("a.txt");
        Path trustedRoot = Files.exists(folder.resolve("trusted_root.json")) ? folder.resolve("trusted_root.json")
                : ArtifactFixtures.folder("cosign").resolve("sigstore-java/trusted_root.json");
        Optional<java.security.PublicKey> key = Optional.empty();
        Optional<IdentityPolicy> identity = Optional.empty();
        if (Files.exists(folder.resolve("key.pub"))) {
            try {
                key = Optional.of(PublicKeys.parsePem(text(folder.resolve("key.pub"))));
            } catch (KeyFormatException e) {
                return new Outcome(false, "key: " + e.getMessage());
            }
        } else {
            identity = Optional.of(new IdentityPolicy(
                    Files.exists(folder.resolve("identity")) ? text(folder.resolve("identity")).strip() : DEFAULT_IDENTITY,
                    Files.exists(folder.resolve("issuer")) ? text(folder.resolve("issuer")).strip() : DEFAULT_ISSUER));
        }
        try {
            ArtifactReport report = new BundleVerifier().verify(new BundleRequest(folder.getFileName().toString(),
                    text(folder.resolve("bundle.sigstore.json")), Sha256Digest.of(artifact), Optional.of(trustedRoot), key,
                    identity, ProvenancePolicy.none()));
            return new Outcome(report.verified(), report.failedChecks().stream()
                    .map(check -> check.name() + ": " + check.detail()).collect(Collectors.joining("; ")));
        } catch (BundleVerificationException e) {
            return new Outcome(false, "input: " + e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "happy-path-v0.3                | ",
        "happy-path-intoto-in-dsse-v3   | ",
        "managed-key-happy-path         | ",
        "intoto-with-custom-trust-root  | ",
        "rekor2-happy-path              | ",
        "signature-mismatch_fail        | signature: Artifact signature was not valid",
        "managed-key-wrong-key_fail     | does not verify with the given key",
        "dsse-mismatch-envelope_fail    | Digest of DSSE payload in bundle does not match",
        "invalid-inclusion-proof_fail   | Inclusion proof verification failed",
        "intoto-expired-certificate_fail| Fulcio certificate was not valid",
        "integrated-time-in-future_fail | integrated-time: log integrated the entry at",
        "rekor2-no-timestamp_fail       | No timestamp verification",
        "bundle-malformed-json_fail     | input: bundle is not valid JSON",
    })
    void conformanceCase(String name, String expectedReason) throws Exception {
        Path folder = ArtifactFixtures.folder("sigstore-conformance").resolve(name);

        Outcome outcome = run(folder);

        System.out.println("CONFORMANCE " + name + " -> " + (outcome.verified() ? "VERIFIED" : "FAILED: " + outcome.reason()));
        assertThat(outcome.verified()).as(outcome.reason()).isEqualTo(!name.endsWith("_fail"));
        if (expectedReason != null) {
            assertThat(outcome.reason()).contains(expectedReason);
        }
    }
}
