package dev.evidex.verification.packet.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.artifact.ArtifactFixtures;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.PacketFixture;
import dev.evidex.verification.packet.WrittenPacket;
import dev.evidex.verification.packet.evidence.RecordReference;
import dev.evidex.verification.packet.signature.SignatureResult;
import dev.evidex.verification.testing.TestStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signatures carried in a packet are re-verified offline, from the packet's bytes, with the
 * Cosign verifier: records shaped as {@code evidex-collector sign} writes them, over the Cosign
 * project's own signed fixtures.
 */
class PacketSignatureTest {
    private static final String LOG = "ci.sign";

    @TempDir
    Path directory;

    @Test
    void aCarriedCosignSignatureIsReVerifiedUnderTheKeyTheSealedRecordNames() throws Exception {
        PacketReport report = verify(export(signedRecord("valid-key", true)));

        assertThat(report.failures()).isEmpty();
        assertThat(report.signatures()).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(SignatureResult.Status.VERIFIED);
            assertThat(result.kind()).isEqualTo("cosign-simple-signing");
            assertThat(result.record()).isEqualTo(LOG + "#0");
            assertThat(result.trust()).contains("carried in the packet, named by the sealed record");
        });
        assertThat(report.toText()).contains("artifact-signature", "signatures  1 verified");
    }

    @Test
    void aSignatureByAnotherKeyFailsWithTheFailedCheck() throws Exception {
        PacketReport report = verify(export(signedRecord("unknown-key", true)));

        assertThat(report.verified()).isFalse();
        assertThat(report.toText()).contains("[artifact-signature] " + LOG + "#0 sha256:",
                ": cosign-simple-signing failed: signature: ");
    }

    @Test
    void aSignatureWithoutTrustMaterialIsAFailureNotAPass() throws Exception {
        PacketReport report = verify(export(signedRecord("valid-key", false)));

        assertThat(report.verified()).isFalse();
        assertThat(report.signatures()).singleElement()
                .satisfies(result -> assertThat(result.status()).isEqualTo(SignatureResult.Status.NO_TRUST_MATERIAL));
        assertThat(report.toText()).contains("cosign-simple-signing no-trust-material: no key or trusted root to check it with");
    }

    @Test
    void aPayloadWithoutItsSignatureIsReportedAsNotReChecked() throws Exception {
        ObjectNode record = signedRecord("valid-key", true);
        ((com.fasterxml.jackson.databind.node.ArrayNode) record.get("artifacts")).remove(1);

        PacketReport report = verify(export(record));

        assertThat(report.failures()).isEmpty();
        assertThat(report.signatures()).singleElement()
                .satisfies(result -> assertThat(result.status()).isEqualTo(SignatureResult.Status.SIGNATURE_NOT_CARRIED));
        assertThat(report.toText()).contains("1 signed payload(s) are carried without their signature, so their signatures were NOT re-checked")
                .doesNotContain("signatures  1 verified");
    }

    @Test
    void aReplacedSignatureInAReSignedPacketFailsTheReCheck() throws Exception {
        Path packet = export(signedRecord("valid-key", true)).path();
        PacketTamper tampered = new PacketTamper(packet);
        String signaturePath = "evidence/artifacts/sha256/" + Sha256Digest.of(bytes("valid-key/payload.sig")).hex();
        tampered.files.put(signaturePath, bytes("unknown-key/payload.sig"));
        tampered.resign(fixture.exporterSigner);

        PacketReport report = verify(tampered.write(directory.resolve("tampered.zip")));

        assertThat(report.toText()).contains("[artifact] " + signaturePath + ": the bytes hash to ",
                "[artifact-signature] " + LOG + "#0 sha256:" + Sha256Digest.of(bytes("valid-key/payload.sig")).hex()
                        + ": cosign-simple-signing failed: signature: ");
    }

    private PacketFixture fixture;

    /** A signature record as the collector's sign command writes it: payload, signature and key as artifacts. */
    private ObjectNode signedRecord(String signatureCase, boolean withKey) throws Exception {
        fixture = new PacketFixture(directory);
        ObjectNode record = TestStore.record("signature", "signed-app", TestStore.START);
        record.put("tool", "cosign");
        record.put("decision", "verified");
        record.put("signature_kind", "cosign-simple-signing");
        record.put("digest", "sha256:" + Sha256Digest.of(cosign().resolve("valid-key/manifest.json")).hex());
        var artifacts = record.putArray("artifacts");
        artifact(artifacts, "signature-payload", "application/vnd.dev.cosign.simplesigning.v1+json",
                bytes(signatureCase + "/payload.json"));
        artifact(artifacts, "signature", "text/plain", bytes(signatureCase + "/payload.sig"));
        if (withKey) {
            artifact(artifacts, "public-key", "application/x-pem-file", bytes("cosign.pub"));
        }
        return record;
    }

    private void artifact(com.fasterxml.jackson.databind.node.ArrayNode artifacts, String role, String mediaType, byte[] bytes)
            throws Exception {
        String digest = fixture.store.store.putArtifact(bytes);
        artifacts.addObject().put("role", role).put("media_type", mediaType).put("digest", digest).put("size", bytes.length);
    }

    private WrittenPacket export(ObjectNode record) throws Exception {
        fixture.store.appendRecord(LOG, record);
        fixture.rows.add(new RecordReference(LOG, 0));
        return fixture.write(directory.resolve("packet.zip"));
    }

    private PacketReport verify(WrittenPacket packet) throws Exception {
        return verify(packet.path());
    }

    private PacketReport verify(Path packet) throws Exception {
        return new PacketVerifier(PacketVerifier.Options.trusting(TrustedKeys.load(fixture.trustedKeys), fixture.trustedKeys))
                .verify(packet);
    }

    private static Path cosign() {
        return ArtifactFixtures.folder("cosign/containers-image");
    }

    private static byte[] bytes(String file) throws Exception {
        return Files.readAllBytes(cosign().resolve(file));
    }
}
