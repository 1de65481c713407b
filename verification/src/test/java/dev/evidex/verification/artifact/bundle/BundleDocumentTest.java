package dev.evidex.verification.artifact.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.artifact.ArtifactFixtures;
import org.junit.jupiter.api.Test;

class BundleDocumentTest {
    @Test
    void deeplyNestedBundleIsRejectedByTheBoundedParser() {
        String nested = "{\"mediaType\":" + "[".repeat(100) + "]".repeat(100) + "}";

        assertThatThrownBy(() -> BundleDocument.parse(nested)).isInstanceOf(BundleVerificationException.class)
                .hasMessageContaining("bundle is not valid JSON");
    }

    @Test
    void unknownMediaTypeIsNamed() {
        assertThatThrownBy(() -> BundleDocument.parse("{\"mediaType\":\"application/json\"}"))
                .hasMessageContaining("unsupported bundle media type 'application/json'");
    }

    @Test
    void truncatedBase64SignatureIsAnInputError() {
        String bundle = ArtifactFixtures.text(ArtifactFixtures.folder("sigstore-conformance").resolve("happy-path-v0.3/bundle.sigstore.json"));
        String truncated = bundle.replaceFirst("(\"signature\":\\s*\")([A-Za-z0-9+/]{9})[^\"]*\"", "$1$2\"");

        assertThat(truncated).isNotEqualTo(bundle);
        assertThatThrownBy(() -> BundleDocument.parse(truncated)).isInstanceOf(BundleVerificationException.class)
                .hasMessageContaining("message signature is not valid base64");
    }

    @Test
    void bothMediaTypeSpellingsAndAllMaterialsAreRead() throws Exception {
        var folder = ArtifactFixtures.folder("sigstore-conformance");

        assertThat(BundleDocument.parse(ArtifactFixtures.text(folder.resolve("happy-path-v0.3/bundle.sigstore.json"))).material())
                .isEqualTo("certificate");
        assertThat(BundleDocument.parse(ArtifactFixtures.text(folder.resolve("invalid-inclusion-proof_fail/bundle.sigstore.json")))
                .material()).isEqualTo("x509CertificateChain");
        BundleDocument managed = BundleDocument.parse(ArtifactFixtures.text(folder.resolve("managed-key-happy-path/bundle.sigstore.json")));
        assertThat(managed.signedWithPublicKey()).isTrue();
        assertThat(managed.mediaType()).isEqualTo("application/vnd.dev.sigstore.bundle.v0.3+json");
        assertThat(managed.rfc3161Timestamps()).hasSize(1);
    }
}
