package dev.evidex.collector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evidex.collector.support.Cli;
import dev.evidex.collector.support.Fixtures;
import dev.evidex.collector.support.StoreContents;
import dev.evidex.collector.support.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);
    private static final String IMAGE = "cosign/containers-image/";
    private static final String JAVA = "cosign/sigstore-java/";
    private static final String PGI = "cosign/cosign-trusted_root_pgi.json";
    private static final String GITHUB = "https://token.actions.githubusercontent.com";
    private static final String GENERIC = "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml";
    private static final String MAVEN = "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_maven_slsa3.yml";
    private static final String MAVEN_SIGNER = "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_lowperms-generic_slsa3.yml@refs/tags/v2.1.0";
    private static final String BCR = "https://github.com/bazel-contrib/publish-to-bcr/.github/workflows/publish.yaml";
    private static final String VSA_KEY_ID = "keystore://76574:prod:vsa_signing_public_key";

    @TempDir
    Path directory;

    private TestKeys keys;
    private Path store;

    /**
     * What a fixture must give: the input file whose records are counted, the stream and verdict
     * of every record, and the checks that fail (empty when it verifies), from SOURCES.md.
     */
    record Expected(String counted, String stream, String decision, List<String> failedChecks) {
        static Expected verified(String counted, String stream) {
            return new Expected(counted, stream, "verified", List.of());
        }

        static Expected failed(String counted, String stream, String... checks) {
            return new Expected(counted, stream, "failed", List.of(checks));
        }

        @Override
        public String toString() {
            return stream + " " + decision + (failedChecks.isEmpty() ? "" : " " + failedChecks);
        }
    }

    /** Every signature and attestation fixture of cosign/ and slsa/, with the options SOURCES.md names. */
    static Stream<Arguments> fixtures() {
        return Stream.of(
            fixture(Expected.verified(IMAGE + "valid-key/payload.sig", "signature"), "--digest", manifest("valid-key"),
                    "--payload", IMAGE + "valid-key/payload.json", "--signature", IMAGE + "valid-key/payload.sig",
                    "--key", IMAGE + "cosign.pub"),
            fixture(Expected.verified(IMAGE + "valid-key/signature-1", "signature"), "--digest", manifest("valid-key"),
                    "--signature", IMAGE + "valid-key/signature-1", "--key", IMAGE + "cosign.pub"),
            fixture(Expected.verified(IMAGE + "key-rekor/payload.sig", "signature"), "--digest", manifest("key-rekor"),
                    "--payload", IMAGE + "key-rekor/payload.json", "--signature", IMAGE + "key-rekor/payload.sig",
                    "--rekor-bundle", IMAGE + "key-rekor/rekor-bundle.json", "--key", IMAGE + "cosign2.pub",
                    "--rekor-key", IMAGE + "rekor.pub"),
            fixture(Expected.verified(IMAGE + "key-rekor/signature-1", "signature"), "--digest", manifest("key-rekor"),
                    "--signature", IMAGE + "key-rekor/signature-1", "--key", IMAGE + "cosign2.pub",
                    "--rekor-key", IMAGE + "rekor.pub"),
            fixture(Expected.failed(IMAGE + "unknown-key/payload.sig", "signature", "signature"), "--digest",
                    manifest("valid-key"), "--payload", IMAGE + "unknown-key/payload.json",
                    "--signature", IMAGE + "unknown-key/payload.sig", "--key", IMAGE + "cosign.pub", "--key", IMAGE + "cosign2.pub"),
            fixture(Expected.failed(IMAGE + "unknown-key/signature-1", "signature", "signature"), "--digest",
                    manifest("valid-key"), "--signature", IMAGE + "unknown-key/signature-1", "--key", IMAGE + "cosign.pub"),
            fixture(Expected.failed(IMAGE + "modified-manifest/manifest.json", "signature", "manifest-digest"), "--digest",
                    manifest("modified-manifest"), "--signature", IMAGE + "valid-key/signature-1", "--key", IMAGE + "cosign.pub"),
            fixture(Expected.verified("cosign/cosign-oci-attestation.sigstore.json", "attestation"),
                    "--digest", "sha256:732112270d7e59418a8c080b134b24cabd67d250d0d0147a97ed95ba5c280aa4",
                    "--bundle", "cosign/cosign-oci-attestation.sigstore.json", "--trusted-root", PGI),
            fixture(Expected.verified(JAVA + "bundle.v0.2.sigstore.json", "signature"), "--digest", artifactTxt(),
                    "--bundle", JAVA + "bundle.v0.2.sigstore.json", "--trusted-root", JAVA + "trusted_root.json",
                    "--identity", "appu@google.com", "--issuer", "https://accounts.google.com"),
            fixture(Expected.verified(JAVA + "bundle.v3.sigstore.json", "signature"), "--digest", artifactTxt(),
                    "--bundle", JAVA + "bundle.v3.sigstore.json", "--trusted-root", JAVA + "trusted_root.json"),
            fixture(Expected.verified(JAVA + "bundle.dsse.sigstore.json", "provenance"), "--digest", artifactTxt(),
                    "--bundle", JAVA + "bundle.dsse.sigstore.json", "--trusted-root", JAVA + "trusted_root.json"),
            fixture(Expected.failed(JAVA + "bundle.dsse.bad-signature.sigstore.json", "provenance", "signature"),
                    "--digest", artifactTxt(), "--bundle", JAVA + "bundle.dsse.bad-signature.sigstore.json",
                    "--trusted-root", JAVA + "trusted_root.json"),
            fixture(Expected.failed(JAVA + "bundle.dsse.mismatched-envelope.sigstore.json", "provenance", "signature"),
                    "--digest", artifactTxt(), "--bundle", JAVA + "bundle.dsse.mismatched-envelope.sigstore.json",
                    "--trusted-root", JAVA + "trusted_root.json"),
            // Public-good trust cannot verify GitHub's private-repository instance (no log entry, its own CA).
            fixture(Expected.failed(JAVA + "github-private-no-tlog/attestation.sigstore.json", "provenance", "bundle-format"),
                    "--digest", "sha256:caa015ef69e9bc31a41322d6c71563ed9600c75bb988e4d639b1edc578580551", "--bundle", JAVA + "github-private-no-tlog/attestation.sigstore.json",
                    "--trusted-root", JAVA + "trusted_root.json"),
            fixture(Expected.verified("slsa/bcr-MODULE.bazel.intoto.jsonl", "provenance"), "--digest", slsa("06ce3309"),
                    "--envelope", "slsa/bcr-MODULE.bazel.intoto.jsonl", "--trusted-root", PGI, "--builder-id", BCR,
                    "--source-repo", "github.com/aspect-build/rules_lint"),
            fixture(Expected.failed("slsa/bcr-MODULE-wrong-signer.bazel.intoto.jsonl", "provenance", "signer-builder"),
                    "--digest", slsa("06ce3309"), "--envelope", "slsa/bcr-MODULE-wrong-signer.bazel.intoto.jsonl",
                    "--trusted-root", PGI, "--builder-id", BCR, "--source-repo", "github.com/aspect-build/rules_lint"),
            fixture(Expected.verified("slsa/gcb-v0.3-container-github.json", "provenance"),
                    "--digest", slsa("f472ca4b"), "--envelope", "slsa/gcb-v0.3-container-github.json",
                    "--key", "slsa/gcb-us-west2.key", "--source-repo", "github.com/laurentsimon/gcb-tests",
                    "--builder-id", "https://cloudbuild.googleapis.com/GoogleHostedWorker"),
            fixture(Expected.failed("slsa/gcb-v0.3-container-mismatch-payload-digest.json", "provenance", "signature",
                    "subject-digest"), "--digest", slsa("f472ca4b"), "--envelope",
                    "slsa/gcb-v0.3-container-mismatch-payload-digest.json", "--key", "slsa/gcb-us-west2.key"),
            fixture(Expected.failed("slsa/gha-generic-v1.2.0-workflow_dispatch.intoto.jsonl", "provenance", "signature"),
                    "--digest", slsa("d1faeb68"), "--envelope", "slsa/gha-generic-v1.2.0-workflow_dispatch.intoto.jsonl",
                    "--trusted-root", PGI),
            fixture(Expected.verified("slsa/gha-generic-v2.1.0-workflow_dispatch.intoto.jsonl", "provenance"),
                    "--digest", slsa("376e7e01"), "--envelope", "slsa/gha-generic-v2.1.0-workflow_dispatch.intoto.jsonl",
                    "--trusted-root", PGI, "--builder-id", GENERIC, "--source-repo", "github.com/slsa-framework/example-package"),
            fixture(Expected.verified("slsa/gha-maven-v2.1.0-workflow_dispatch.build.slsa", "provenance"),
                    "--digest", slsa("4e313a4c"), "--bundle", "slsa/gha-maven-v2.1.0-workflow_dispatch.build.slsa",
                    "--trusted-root", PGI, "--identity", MAVEN_SIGNER, "--issuer", GITHUB, "--builder-id", MAVEN,
                    "--source-repo", "github.com/slsa-framework/example-package"),
            fixture(Expected.failed("slsa/malicious-expired-cert.intoto.jsonl", "provenance", "signature"),
                    "--digest", slsa("4bdb495d"), "--envelope", "slsa/malicious-expired-cert.intoto.jsonl", "--trusted-root", PGI),
            fixture(Expected.failed("slsa/malicious-untrusted-builder.intoto.jsonl", "provenance", "signature", "builder-id"),
                    "--digest", slsa("b01c4f22"), "--envelope", "slsa/malicious-untrusted-builder.intoto.jsonl",
                    "--trusted-root", PGI, "--builder-id",
                    "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_go_slsa3.yml"),
            // A VSA's subject is a GCE image id, not an image digest: its signature verifies, its subject cannot.
            fixture(Expected.failed("slsa/vsa-gke-gce-pre.bcid-vsa.jsonl", "attestation", "subject-digest"),
                    "--digest", "sha256:" + "ab".repeat(32), "--envelope", "slsa/vsa-gke-gce-pre.bcid-vsa.jsonl",
                    "--key", "slsa/vsa_signing_public_key.pem", "--key-id", VSA_KEY_ID));
    }

    private static Arguments fixture(Expected expected, String... args) {
        return Arguments.of(expected.counted(), expected, List.of(args));
    }

    @BeforeEach
    void setUp() throws Exception {
        keys = TestKeys.create(directory.resolve("keys"));
        store = directory.resolve("store");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fixtures")
    void everyFixtureIsRecordedWithItsVerdict(String counted, Expected expected, List<String> args) throws Exception {
        Cli.Result result = sign(Map.of(), resolved(args));

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(expected.failedChecks().isEmpty() ? 0 : 1);
        List<JsonNode> records = StoreContents.records(store);
        assertThat(records).hasSize(attestationCount(Fixtures.file(counted)));
        assertThat(records).allSatisfy(record -> {
            assertThat(record.path("stream").asText()).isEqualTo(expected.stream());
            assertThat(record.path("decision").asText()).isEqualTo(expected.decision());
            assertThat(record.path("tool").asText()).isEqualTo("cosign");
            assertThat(record.path("digest").asText()).isEqualTo(args.get(args.indexOf("--digest") + 1));
            List<String> failed = new ArrayList<>();
            record.path("detail").path("failed_checks").forEach(name -> failed.add(name.asText()));
            assertThat(failed).containsExactlyElementsOf(expected.failedChecks());
            assertThat(record.path("detail").path("checks").size()).isGreaterThan(failed.size());
        });
        assertThat(StoreContents.verify(store, keys.trusted()).verified()).isTrue();
    }

    /** Counted from the file itself: gcloud lists provenances, JSON Lines one per line, anything else is one. */
    static int attestationCount(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        if (file.toString().endsWith(".jsonl")) {
            return (int) text.lines().filter(line -> !line.isBlank()).count();
        }
        if (file.toString().endsWith(".json") && text.contains("provenance_summary")) {
            return new ObjectMapper().readTree(text).path("provenance_summary").path("provenance").size();
        }
        return 1;
    }

    @Test
    void aCosignSignatureWithItsRekorBundleRecordsTheKeyTheChecksAndEveryInput() throws Exception {
        String image = IMAGE + "key-rekor/";
        Cli.Result result = sign(Map.of(), resolved(List.of("--digest", manifest("key-rekor"), "--image",
                "192.168.64.2:5000/cosign-signed/key-1", "--payload", image + "payload.json", "--signature",
                image + "payload.sig", "--rekor-bundle", image + "rekor-bundle.json", "--key", IMAGE + "cosign2.pub",
                "--rekor-key", IMAGE + "rekor.pub")));

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode record = StoreContents.stream(store, "signature").get(0);
        assertThat(record.path("key_id").asText()).isEqualTo(record.path("detail").path("facts").path("key-id").asText())
                .startsWith("sha256:");
        assertThat(record.path("signature_kind").asText()).isEqualTo("cosign-simple-signing");
        assertThat(record.path("image").asText()).isEqualTo("192.168.64.2:5000/cosign-signed/key-1");
        assertThat(record.path("detail").path("checks").findValuesAsText("name"))
                .containsExactly("signature", "manifest-digest", "transparency-log");
        assertThat(record.path("artifacts").findValuesAsText("role"))
                .containsExactly("signature-payload", "signature", "raw", "public-key", "public-key");
        String payloadDigest = record.path("artifacts").get(0).path("digest").asText();
        assertThat(Files.readAllBytes(store.resolve("artifacts/sha256/" + payloadDigest.substring(7))))
                .isEqualTo(Files.readAllBytes(Fixtures.file(image + "payload.json")));
        assertThat(result.out()).contains("verified").contains(record.path("key_id").asText());
    }

    @Test
    void cloudBuildProvenanceFillsTheProvenanceColumns() throws Exception {
        sign(Map.of(), resolved(List.of("--digest", slsa("f472ca4b"), "--envelope", "slsa/gcb-v0.3-container-github.json",
                "--key", "slsa/gcb-us-west2.key")));

        JsonNode record = StoreContents.stream(store, "provenance").get(0);
        assertThat(record.path("predicate_type").asText()).isEqualTo("https://slsa.dev/provenance/v0.1");
        assertThat(record.path("builder_id").asText()).isEqualTo("https://cloudbuild.googleapis.com/GoogleHostedWorker@v0.3");
        assertThat(record.path("source_repository").asText()).isEqualTo("https://github.com/laurentsimon/gcb-tests");
        assertThat(record.path("source_commit").asText()).isEqualTo("01ce393d04eb6df2a7b2b3e95d4126e687afb7ae");
        assertThat(record.path("invocation_id").asText()).isEqualTo("11f6c682-3451-4f72-ac2a-8e386eab66af");
        assertThat(record.path("build_inputs").findValuesAsText("digest")).contains("sha1:01ce393d04eb6df2a7b2b3e95d4126e687afb7ae");
        assertThat(record.path("key_id").asText()).startsWith("sha256:");
        assertThat(record.path("artifacts").findValuesAsText("role")).containsExactly("dsse-envelope", "public-key");
    }

    @Test
    void aKeylessBundleRecordsTheSignerIdentity() throws Exception {
        sign(Map.of(), resolved(List.of("--digest", artifactTxt(), "--bundle", JAVA + "bundle.v0.2.sigstore.json",
                "--trusted-root", JAVA + "trusted_root.json", "--identity", "appu@google.com",
                "--issuer", "https://accounts.google.com")));

        JsonNode record = StoreContents.stream(store, "signature").get(0);
        assertThat(record.path("identity").asText()).isEqualTo("appu@google.com (issuer https://accounts.google.com)");
        assertThat(record.has("key_id")).isFalse();
        assertThat(record.path("signature_kind").asText()).isEqualTo("sigstore-bundle");
        assertThat(record.path("detail").path("verified_with").path("identity").asText()).isEqualTo("appu@google.com");
        assertThat(record.path("artifacts").findValuesAsText("role")).containsExactly("sigstore-bundle", "raw");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
            Arguments.of("malformed JSON", List.of("--digest", artifactTxt(), "--trusted-root", JAVA + "trusted_root.json",
                    "--bundle", "sigstore-conformance/bundle-malformed-json_fail/bundle.sigstore.json"),
                    "sigstore-conformance/bundle-malformed-json_fail/bundle.sigstore.json", "malformed JSON: "),
            Arguments.of("a Trivy report is not an attestation", List.of("--digest", artifactTxt(), "--key", IMAGE + "cosign.pub",
                    "--envelope", "trivy/trivy-alpine-310.json"), "trivy/trivy-alpine-310.json", "not an attestation"),
            Arguments.of("a Trivy report is not a bundle", List.of("--digest", artifactTxt(), "--key", IMAGE + "cosign.pub",
                    "--bundle", "trivy/trivy-alpine-310.json"), "trivy/trivy-alpine-310.json", "unsupported bundle media type"),
            Arguments.of("trusted roots as JSON Lines", List.of("--digest", artifactTxt(), "--bundle",
                    JAVA + "github-private-no-tlog/attestation.sigstore.json", "--trusted-root",
                    JAVA + "github-private-no-tlog/trusted_root.jsonl"), JAVA + "github-private-no-tlog/trusted_root.jsonl",
                    "line 2, column"),
            Arguments.of("over the size limit", List.of("--digest", artifactTxt(), "--trusted-root", PGI, "--max-input-bytes",
                    "5000", "--bundle", "cosign/cosign-oci-attestation.sigstore.json"),
                    "cosign/cosign-oci-attestation.sigstore.json", "more than the limit of 5000 bytes"),
            Arguments.of("a signature without its payload", List.of("--digest", manifest("valid-key"), "--key",
                    IMAGE + "cosign.pub", "--signature", IMAGE + "valid-key/payload.sig"), "--payload", "--payload is required"),
            Arguments.of("no trust", List.of("--digest", manifest("valid-key"), "--signature", IMAGE + "valid-key/signature-1"),
                    "--key", "--trusted-root"),
            Arguments.of("no digest", List.of("--key", IMAGE + "cosign.pub", "--signature", IMAGE + "valid-key/signature-1"),
                    "--digest", "--digest is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsAUsageErrorNamingTheFileAndWritesNothing(String name, List<String> args, String named, String message) {
        Cli.Result result = sign(Map.of(), resolved(args));

        assertThat(result.exitCode()).as(result.out()).isEqualTo(2);
        String file = named.startsWith("--") ? named : Fixtures.root().resolve(named).toString();
        assertThat(result.err()).contains(file).contains(message);
        assertThat(store).doesNotExist();
        assertThat(directory.resolve("spool")).doesNotExist();
    }

    @Test
    void theSameStepRunTwiceIsRecordedOnceAndSummarisedForGitHub() throws Exception {
        Path summary = directory.resolve("summary.md");
        Map<String, String> environment = Map.of("GITHUB_REPOSITORY", "acme/payments", "GITHUB_RUN_ID", "42",
                "GITHUB_STEP_SUMMARY", summary.toString());
        List<String> args = resolved(List.of("--digest", manifest("valid-key"), "--signature",
                IMAGE + "unknown-key/signature-1", "--key", IMAGE + "cosign.pub"));

        Cli.Result first = sign(environment, args);
        Cli.Result second = sign(environment, args);

        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.out()).contains("already recorded");
        List<JsonNode> records = StoreContents.records(store);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.path("log").asText()).isEqualTo("acme.payments");
            assertThat(record.path("run_id").asText()).isEqualTo("42");
        });
        assertThat(Files.readString(summary)).contains("### Evidex: signatures and attestations")
                .contains("| signature | ❌ failed | cosign-simple-signing |").contains("1 of 1 failed");
    }

    private Cli.Result sign(Map<String, String> environment, List<String> args) {
        List<String> all = new ArrayList<>(List.of("sign", "--store", store.toString(), "--signing-key", keys.reference(),
                "--spool", directory.resolve("spool").toString()));
        if (!environment.containsKey("GITHUB_REPOSITORY")) {
            all.addAll(List.of("--log", "acme.api"));
        }
        all.addAll(args);
        return Cli.run(environment, CLOCK, all.toArray(String[]::new));
    }

    /** Fixture paths (arguments following a file option) resolved against the fixture root. */
    private static List<String> resolved(List<String> args) {
        List<String> files = List.of("--payload", "--signature", "--rekor-bundle", "--envelope", "--bundle", "--key",
                "--rekor-key", "--trusted-root");
        List<String> resolved = new ArrayList<>();
        for (int index = 0; index < args.size(); index++) {
            boolean file = index > 0 && files.contains(args.get(index - 1));
            resolved.add(file ? Fixtures.root().resolve(args.get(index)).toString() : args.get(index));
        }
        return resolved;
    }

    private static String manifest(String folder) {
        return sha256(Fixtures.file(IMAGE + folder + "/manifest.json"));
    }

    private static String artifactTxt() {
        return sha256(Fixtures.file(JAVA + "artifact.txt"));
    }

    /** The artifact digest ARTIFACT-DIGESTS.txt lists for a provenance file, by its first hex characters. */
    private static String slsa(String prefix) {
        try {
            return "sha256:" + Files.readAllLines(Fixtures.file("slsa/ARTIFACT-DIGESTS.txt")).stream()
                    .filter(line -> line.startsWith(prefix)).findFirst().orElseThrow().substring(0, 64);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
