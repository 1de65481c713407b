package dev.evidex.verification.artifact.cosign;

import static dev.evidex.verification.artifact.ArtifactFixtures.bytes;
import static dev.evidex.verification.artifact.ArtifactFixtures.key;
import static dev.evidex.verification.artifact.ArtifactFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.artifact.ArtifactFixtures;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.CheckStatus;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CosignVerifierTest {
    private final CosignVerifier verifier = new CosignVerifier();

    private static Path cases() {
        return ArtifactFixtures.folder("cosign/containers-image");
    }

    @ParameterizedTest(name = "{0} with {1} and manifest {2}: {3}")
    @CsvSource({
        "valid-key,   cosign.pub,  valid-key,         ,                 ",
        "key-rekor,   cosign2.pub, key-rekor,         ,                 ",
        "unknown-key, cosign.pub,  valid-key,         signature,        does not verify with the given key",
        "unknown-key, cosign2.pub, valid-key,         signature,        does not verify with the given key",
        "valid-key,   cosign.pub,  modified-manifest, manifest-digest,  payload signs image sha256:634a8f35",
    })
    void fixtureCases(String signatureCase, String keyFile, String manifestCase, String failedCheck, String message)
            throws Exception {
        Path folder = cases();
        CosignRequest request = new CosignRequest(
                bytes(folder.resolve(signatureCase).resolve("payload.json")),
                text(folder.resolve(signatureCase).resolve("payload.sig")),
                key(folder.resolve(keyFile)),
                Sha256Digest.of(folder.resolve(manifestCase).resolve("manifest.json")),
                Optional.empty(), Optional.empty());

        ArtifactReport report = verifier.verify(request);

        if (failedCheck == null) {
            assertThat(report.verified()).as(report.toString()).isTrue();
            assertThat(report.fact("docker-reference")).isPresent();
        } else {
            assertThat(report.verified()).isFalse();
            assertThat(report.failedChecks()).singleElement().satisfies(check -> {
                assertThat(check.name()).isEqualTo(failedCheck);
                assertThat(check.detail()).contains(message);
            });
        }
    }

    @Test
    void keyRekorSignatureLayerVerifiesWithItsSignedEntryTimestamp() throws Exception {
        Path folder = cases();
        CosignSignatureLayer layer = CosignSignatureLayer.parse(bytes(folder.resolve("key-rekor/signature-1")));

        ArtifactReport report = verifier.verify(new CosignRequest(layer.payload(), layer.signatureBase64(),
                key(folder.resolve("cosign2.pub")), Sha256Digest.of(folder.resolve("key-rekor/manifest.json")),
                layer.rekorBundle(), Optional.of(key(folder.resolve("rekor.pub")))));

        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(report.check("transparency-log")).get().extracting(check -> check.status())
                .isEqualTo(CheckStatus.PASSED);
        assertThat(report.fact("rekor-log-index")).contains("11608800");
        assertThat(report.fact("docker-reference")).contains("192.168.64.2:5000/cosign-signed/key-1");
    }

    @Test
    void rekorBundleSignedByAnotherLogFails() throws Exception {
        Path folder = cases();
        ArtifactReport report = verifier.verify(new CosignRequest(bytes(folder.resolve("key-rekor/payload.json")),
                text(folder.resolve("key-rekor/payload.sig")), key(folder.resolve("cosign2.pub")),
                Sha256Digest.of(folder.resolve("key-rekor/manifest.json")),
                Optional.of(text(folder.resolve("key-rekor/rekor-bundle.json"))),
                Optional.of(key(folder.resolve("cosign.pub")))));

        assertThat(report.failedChecks()).singleElement().satisfies(check ->
                assertThat(check.detail()).contains("Rekor bundle names log c0d23d6a"));
    }

    @Test
    void rekorBundleWithoutRekorKeyFailsInsteadOfSkipping() throws Exception {
        Path folder = cases();
        ArtifactReport report = verifier.verify(new CosignRequest(bytes(folder.resolve("key-rekor/payload.json")),
                text(folder.resolve("key-rekor/payload.sig")), key(folder.resolve("cosign2.pub")),
                Sha256Digest.of(folder.resolve("key-rekor/manifest.json")),
                Optional.of(text(folder.resolve("key-rekor/rekor-bundle.json"))), Optional.empty()));

        assertThat(report.verified()).isFalse();
        assertThat(report.check("transparency-log").orElseThrow().detail()).contains("no Rekor public key");
    }

    @Test
    void rekorBundleOfAnotherPayloadFails() throws Exception {
        Path folder = cases();
        ArtifactReport report = verifier.verify(new CosignRequest(bytes(folder.resolve("valid-key/payload.json")),
                text(folder.resolve("valid-key/payload.sig")), key(folder.resolve("cosign.pub")),
                Sha256Digest.of(folder.resolve("valid-key/manifest.json")),
                Optional.of(text(folder.resolve("key-rekor/rekor-bundle.json"))),
                Optional.of(key(folder.resolve("rekor.pub")))));

        assertThat(report.check("transparency-log").orElseThrow().detail()).contains("records payload digest");
    }

    @Test
    void rsaKeyAsExportedFromKmsVerifiesAndAWrongKeyTypeFailsTheSignatureCheck() throws Exception {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        java.security.KeyPair pair = rsa.generateKeyPair();
        byte[] payload = bytes(cases().resolve("valid-key/payload.json"));
        java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(payload);
        String signature = java.util.Base64.getEncoder().encodeToString(signer.sign());
        Sha256Digest digest = Sha256Digest.of(cases().resolve("valid-key/manifest.json"));
        java.security.PublicKey ed25519 = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();

        ArtifactReport rsaReport = verifier.verify(new CosignRequest(payload, signature, pair.getPublic(), digest,
                Optional.empty(), Optional.empty()));
        ArtifactReport wrongType = verifier.verify(new CosignRequest(payload, signature, ed25519, digest,
                Optional.empty(), Optional.empty()));

        assertThat(rsaReport.verified()).as(rsaReport.toString()).isTrue();
        assertThat(rsaReport.check("signature").orElseThrow().detail()).startsWith("RSA-2048");
        assertThat(wrongType.failedChecks()).extracting(check -> check.name()).containsExactly("signature");
    }

    @Test
    void truncatedBase64SignatureIsAnInputError() {
        Path folder = cases();
        String truncated = text(folder.resolve("valid-key/payload.sig")).substring(0, 41);

        assertThatThrownBy(() -> verifier.verify(new CosignRequest(bytes(folder.resolve("valid-key/payload.json")),
                truncated, key(folder.resolve("cosign.pub")), Sha256Digest.of(new byte[0]),
                Optional.empty(), Optional.empty())))
                .isInstanceOf(SignatureVerificationException.class)
                .hasMessageContaining("signature is not valid base64");
    }

    @Test
    void deeplyNestedPayloadIsRejectedByTheBoundedParser() {
        Path folder = cases();
        byte[] nested = ("{\"a\":".repeat(200) + "1" + "}".repeat(200)).getBytes();

        assertThatThrownBy(() -> SimpleSigningPayload.parse(nested))
                .isInstanceOf(SignatureVerificationException.class)
                .hasMessageContaining("not valid JSON");
        assertThat(folder).exists();
    }
}
