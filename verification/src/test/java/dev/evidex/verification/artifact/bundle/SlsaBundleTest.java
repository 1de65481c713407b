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

/** SLSA provenance shipped as Sigstore bundles (slsa-github-generator, GitHub artifact attestations). */
class SlsaBundleTest {
    private static final String GENERIC = "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml";
    private static final String MAVEN = "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_maven_slsa3.yml";
    private static final String MAVEN_SIGNER = "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_lowperms-generic_slsa3.yml@refs/tags/v2.1.0";
    private static final String BCR = "https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml";
    private static final String GITHUB = "https://token.actions.githubusercontent.com";

    static ArtifactReport verify(String file, String digest, String builder, String source, String identity) throws Exception {
        Path folder = ArtifactFixtures.folder("slsa");
        Path root = ArtifactFixtures.folder("cosign").resolve("cosign-trusted_root_pgi.json");
        ProvenancePolicy policy = ProvenancePolicy.none();
        policy = builder == null ? policy : policy.withBuilderId(builder);
        policy = source == null ? policy : policy.withSourceRepository(source);
        return new BundleVerifier().verify(new BundleRequest(file, text(folder.resolve(file)).strip(),
                Sha256Digest.parse(digest), Optional.of(root), Optional.empty(),
                identity == null ? Optional.empty() : Optional.of(new IdentityPolicy(identity, GITHUB)), policy));
    }

    @ParameterizedTest(name = "{0} builder={2} source={3} identity={4}: fails {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "gha-generic-v2.1.0-workflow_dispatch.intoto.jsonl | 376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa | " + GENERIC + " | github.com/slsa-framework/example-package | - | -",
        "gha-generic-v2.1.0-workflow_dispatch.intoto.jsonl | 376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa | " + GENERIC + "@v2.1.0 | github.com/slsa-framework/example-package | - | -",
        "gha-generic-v2.1.0-workflow_dispatch.intoto.jsonl | 376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa | " + GENERIC + " | github.com/laurentsimon/slsa-verifier-test-gen | - | source-repository",
        "gha-generic-v2.1.0-workflow_dispatch.intoto.jsonl | 376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa | " + GENERIC + "@v1.2.3 | - | - | signer-builder,builder-id",
        "gha-generic-v2.1.0-workflow_dispatch.intoto.jsonl | 0000000000000000000000000000000000000000000000000000000000000000 | - | - | - | signature,subject-digest",
        "gha-maven-v2.1.0-workflow_dispatch.build.slsa | 4e313a4cd3a7ffa7ef270dd8f65a98cce9c6286c25f5898998feaed73f3ffe92 | " + MAVEN + " | github.com/slsa-framework/example-package | " + MAVEN_SIGNER + " | -",
        "bcr-MODULE.bazel.intoto.jsonl | 06ce330900a7d6403bc8d88e5dfad6aeeb8ae40179f66bb89e69c8bf6f6b1a0b | " + BCR + " | github.com/aspect-build/rules_lint | - | -",
        "bcr-MODULE-wrong-signer.bazel.intoto.jsonl | 06ce330900a7d6403bc8d88e5dfad6aeeb8ae40179f66bb89e69c8bf6f6b1a0b | " + BCR + " | github.com/aspect-build/rules_lint | - | signer-builder",
    })
    void slsaBundleCases(String file, String digest, String builder, String source, String identity, String failed)
            throws Exception {
        ArtifactReport report = verify(file, digest, builder, source, identity);

        System.out.println("SLSA " + file + " -> " + (report.verified() ? "VERIFIED" : "FAILED " + report.failedChecks()));
        if (failed == null) {
            assertThat(report.verified()).as(report.toString()).isTrue();
            assertThat(report.fact("builder-id")).isPresent();
            assertThat(report.fact("source-commit")).isPresent();
        } else {
            assertThat(report.failedChecks()).extracting(Check::name).containsExactly(failed.split(","));
        }
    }
}
