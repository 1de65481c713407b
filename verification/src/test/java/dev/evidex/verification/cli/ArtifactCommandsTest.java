package dev.evidex.verification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.artifact.ArtifactFixtures;
import dev.evidex.verification.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        picocli.CommandLine commandLine = VerifyMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static String path(String folder, String file) {
        return ArtifactFixtures.folder(folder).resolve(file).toString();
    }

    @Test
    void cosignValidKeyExitsZero() {
        String digest = "sha256:634a8f35b5f16dcf4aaa0822adc0b1964bb786fca12f6831de8ddc45e5986a00";

        int exit = run("cosign", "--key", path("cosign/containers-image", "cosign.pub"),
                "--payload", path("cosign/containers-image", "valid-key/payload.json"),
                "--signature", path("cosign/containers-image", "valid-key/payload.sig"), "--digest", digest);

        assertThat(exit).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("VERIFIED", "docker-reference: 192.168.64.2:5000/cosign-signed-single-sample");
    }

    @Test
    void cosignSignatureLayerWithRekorBundleAndJsonOutput() throws Exception {
        int exit = run("cosign", "--json", "--key", path("cosign/containers-image", "cosign2.pub"),
                "--signature", path("cosign/containers-image", "key-rekor/signature-1"),
                "--manifest", path("cosign/containers-image", "key-rekor/manifest.json"),
                "--rekor-key", path("cosign/containers-image", "rekor.pub"));

        assertThat(exit).as(err.toString()).isEqualTo(0);
        var json = Json.mapper().readTree(out.toString());
        assertThat(json.path("verified").asBoolean()).isTrue();
        assertThat(json.path("artifacts").path(0).path("checks")).extracting(check -> check.path("name").asText())
                .containsExactly("signature", "manifest-digest", "transparency-log");
    }

    @Test
    void cosignModifiedManifestExitsOneAndNamesTheCheck() {
        int exit = run("cosign", "--key", path("cosign/containers-image", "cosign.pub"),
                "--payload", path("cosign/containers-image", "valid-key/payload.json"),
                "--signature", path("cosign/containers-image", "valid-key/payload.sig"),
                "--manifest", path("cosign/containers-image", "modified-manifest/manifest.json"));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED", "manifest-digest", "but the image checked is sha256:d9dcafdb");
    }

    @Test
    void pemGarbageAsKeyIsAnInputError(@TempDir Path folder) throws Exception {
        Path garbage = Files.writeString(folder.resolve("garbage-not-a-key.pem"),
                "-----BEGIN PUBLIC KEY-----\nnot base64 at all!\n-----END PUBLIC KEY-----\n");

        int exit = run("cosign", "--key", garbage.toString(),
                "--payload", path("cosign/containers-image", "valid-key/payload.json"),
                "--signature", path("cosign/containers-image", "valid-key/payload.sig"), "--digest", "sha256:" + "0".repeat(64));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("error:", "invalid base64");
    }

    @Test
    void certificateGivenAsKeyIsAWrongKeyType(@TempDir Path folder) throws Exception {
        Path certificate = Files.writeString(folder.resolve("wrong-key-type-certificate.pem"),
                "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");

        int exit = run("attestation", "--key", certificate.toString(), "--envelope", path("slsa", "vsa-gke-gce-pre.bcid-vsa.jsonl"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("not a PEM public key");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        assertThat(run("cosign", "--key", "x.pem")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required");
    }

    @Test
    void attestationGcbProvenanceWithPolicy() {
        int exit = run("attestation", "--key", path("slsa", "gcb-us-west2.key"),
                "--envelope", path("slsa", "gcb-v0.3-container-github.json"),
                "--artifact-digest", "sha256:f472ca4b68898c951ac3b476cba919d0d56fca4ced631fabcead51e4b2b690e7",
                "--source-repo", "github.com/laurentsimon/gcb-tests");

        assertThat(exit).as(out + err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("builder-id: https://cloudbuild.googleapis.com/GoogleHostedWorker@v0.3");
    }

    @Test
    void attestationBundleLineWithUntrustedSourceFails() {
        int exit = run("attestation", "--envelope", path("slsa", "gha-generic-v2.1.0-workflow_dispatch.intoto.jsonl"),
                "--trusted-root", path("cosign", "cosign-trusted_root_pgi.json"),
                "--artifact-digest", "sha256:376e7e01348585b6e6643bc6663146b9d525d9b41228bf180eaeb4d4a3706caa",
                "--builder-id", "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml",
                "--source-repo", "github.com/laurentsimon/slsa-verifier-test-gen");

        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(out.toString()).contains("source-repository", "not the expected github.com/laurentsimon/slsa-verifier-test-gen");
    }

    @Test
    void bundleManagedKeyVerifies() {
        String folder = "sigstore-conformance";
        int exit = run("bundle", "--bundle", path(folder, "managed-key-happy-path/bundle.sigstore.json"),
                "--artifact", path(folder, "a.txt"), "--key", path(folder, "managed-key-happy-path/key.pub"),
                "--trusted-root", path("cosign", "sigstore-java/trusted_root.json"));

        assertThat(exit).as(out + err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("transparency-log", "timestamp");
    }

    @Test
    void bundleKeylessWithWrongIdentityFails() {
        String folder = "sigstore-conformance";
        int exit = run("bundle", "--bundle", path(folder, "happy-path-v0.3/bundle.sigstore.json"),
                "--artifact", path(folder, "a.txt"), "--trusted-root", path("cosign", "sigstore-java/trusted_root.json"),
                "--identity", "someone@example.com", "--issuer", "https://accounts.google.com");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("certificate-identity");
    }

    @Test
    void truncatedBundleIsAnInputError() {
        int exit = run("bundle", "--bundle", path("sigstore-conformance", "bundle-malformed-json_fail/bundle.sigstore.json"),
                "--artifact-digest", "sha256:" + "0".repeat(64), "--trusted-root", path("cosign", "cosign-trusted_root_pgi.json"));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("bundle is not valid JSON");
    }

    @Test
    void sbomComponentSearchPrintsMatches() throws Exception {
        int exit = run("sbom", path("spdx", "syft-0.57-spdx22-image-log4j-vuln.json"), "--json",
                "--component", "log4j-core", "--version-range", "< 2.17.1");

        assertThat(exit).as(err.toString()).isEqualTo(0);
        var json = Json.mapper().readTree(out.toString());
        assertThat(json.path("package_count").asInt()).isEqualTo(125);
        assertThat(json.path("matches")).extracting(match -> match.path("version").asText()).containsExactly("2.8.1");
    }

    @Test
    void sbomTagValueAsText() {
        int exit = run("sbom", path("spdx", "syft-spdx23-tagvalue.spdx"));

        assertThat(exit).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("SPDX-2.3", "describes: SPDXRef-DocumentRoot-File-go.mod");
    }

    @Test
    void sbomBadVersionRangeIsAUsageError() {
        assertThat(run("sbom", "whatever.json", "--component", "x", "--version-range", "<<")).isEqualTo(2);
    }
}
