package dev.evidex.verification.artifact.bundle;

import static dev.evidex.verification.artifact.ArtifactFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.artifact.ArtifactFixtures;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.attestation.ProvenancePolicy;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.Check;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundles of sigstore-java's and cosign's own test suites, against public-good snapshots on disk. */
class SigstoreJavaBundleFixturesTest {
    private static final String ARTIFACT = "sigstore-java/artifact.txt";

    @ParameterizedTest(name = "{0} ({3}): {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "sigstore-java/bundle.v0.2.sigstore.json | " + ARTIFACT + " | sigstore-java/trusted_root.json | appu@google.com | https://accounts.google.com | -",
        "sigstore-java/bundle.v0.2.sigstore.json | " + ARTIFACT + " | sigstore-java/trusted_root.json | someone@example.com | https://accounts.google.com | signature: No provided certificate identities matched",
        "sigstore-java/bundle.v3.sigstore.json | " + ARTIFACT + " | sigstore-java/trusted_root.json | - | - | -",
        "sigstore-java/bundle.dsse.sigstore.json | " + ARTIFACT + " | sigstore-java/trusted_root.json | - | - | -",
        "sigstore-java/bundle.dsse.bad-signature.sigstore.json | " + ARTIFACT + " | sigstore-java/trusted_root.json | - | - | signature: DSSE signature was not valid",
        "sigstore-java/bundle.dsse.mismatched-envelope.sigstore.json | " + ARTIFACT + " | sigstore-java/trusted_root.json | - | - | signature: Digest of DSSE payload in bundle does not match",
        "cosign-oci-attestation.sigstore.json | sha256:732112270d7e59418a8c080b134b24cabd67d250d0d0147a97ed95ba5c280aa4 | cosign-trusted_root_pgi.json | - | - | -",
        "sigstore-java/bundle.v3.sigstore.json | " + ARTIFACT + " | - | - | - | signature: the bundle is signed with a Fulcio certificate",
    })
    void bundleCases(String bundle, String artifact, String root, String identity, String issuer, String failure)
            throws Exception {
        Path folder = ArtifactFixtures.folder("cosign");
        Sha256Digest digest = artifact.startsWith("sha256:") ? Sha256Digest.parse(artifact) : Sha256Digest.of(folder.resolve(artifact));
        Optional<java.security.PublicKey> key = root == null
                ? Optional.of(ArtifactFixtures.key(ArtifactFixtures.folder("cosign/containers-image").resolve("cosign.pub")))
                : Optional.empty();

        ArtifactReport report = new BundleVerifier().verify(new BundleRequest(bundle, text(folder.resolve(bundle)), digest,
                Optional.ofNullable(root).map(folder::resolve), key,
                identity == null ? Optional.empty() : Optional.of(new IdentityPolicy(identity, issuer)),
                ProvenancePolicy.none()));

        if (failure == null) {
            assertThat(report.verified()).as(report.toString()).isTrue();
        } else {
            assertThat(report.failedChecks()).first().satisfies(check ->
                    assertThat(check.name() + ": " + check.detail()).contains(failure));
            assertThat(report.failedChecks()).extracting(Check::name).doesNotHaveDuplicates();
        }
    }
}
