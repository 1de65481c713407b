package dev.evidex.verification.artifact.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.CheckStatus;
import dev.evidex.verification.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DsseEnvelopeTest {
    private static final String STATEMENT = "{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":[{\"name\":\"b\u00e9ta.bin\","
            + "\"digest\":{\"sha256\":\"" + Sha256Digest.of(new byte[0]).hex() + "\"}}],"
            + "\"predicateType\":\"https://slsa.dev/provenance/v1\",\"predicate\":{\"buildDefinition\":{"
            + "\"buildType\":\"https://example.com/b\u00fcild\",\"externalParameters\":{\"ref\":\"main\"},"
            + "\"resolvedDependencies\":[{\"uri\":\"git+https://github.com/Org/Repo@refs/heads/main\","
            + "\"digest\":{\"gitCommit\":\"abc123\"}}]},\"runDetails\":{\"builder\":{\"id\":"
            + "\"https://github.com/org/builder/.github/workflows/b.yml@refs/tags/v1.0.0\"},"
            + "\"metadata\":{\"invocationId\":\"run-7\"}}}}";

    @Test
    void paeCountsBytesNotCharacters() {
        byte[] payload = "\u00e9".getBytes(StandardCharsets.UTF_8);

        assertThat(new String(Pae.encode("t\u00fd", payload), StandardCharsets.UTF_8)).isEqualTo("DSSEv1 3 t\u00fd 2 \u00e9");
    }

    @Test
    void nonAsciiPayloadSignedOverBytePaeVerifiesAndEverySignatureIsReported() throws Exception {
        KeyPair signer = ecKeyPair();
        KeyPair stranger = ecKeyPair();
        byte[] payload = STATEMENT.getBytes(StandardCharsets.UTF_8);
        byte[] pae = Pae.encode(DsseEnvelope.IN_TOTO_PAYLOAD_TYPE, payload);
        DsseEnvelope envelope = new DsseEnvelope(DsseEnvelope.IN_TOTO_PAYLOAD_TYPE, payload, List.of(
                new DsseSignature(java.util.Optional.of("stranger"), sign(stranger, pae), java.util.Optional.empty()),
                new DsseSignature(java.util.Optional.of("ours"), sign(signer, pae), java.util.Optional.empty())));

        ArtifactReport report = new AttestationVerifier().verify("test", new AttestationSource.Envelope("document", envelope,
                Set.of(SigningConvention.PAE)), List.of(signer.getPublic()),
                ProvenancePolicy.none().withArtifactDigest(Sha256Digest.of(new byte[0]))
                        .withBuilderId("https://github.com/org/builder/.github/workflows/b.yml@v1.0.0")
                        .withSourceRepository("github.com/org/repo"));

        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(report.check("signature[0]").orElseThrow().status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
        assertThat(report.check("signature[1]").orElseThrow().status()).isEqualTo(CheckStatus.PASSED);
        assertThat(report.check("signature").orElseThrow().detail()).isEqualTo("1 of 2 signatures verify");
        assertThat(report.fact("build-type")).contains("https://example.com/b\u00fcild");
        assertThat(report.fact("external-parameters")).contains("{\"ref\":\"main\"}");
        assertThat(report.fact("invocation-id")).contains("run-7");
        assertThat(report.fact("source-commit")).contains("abc123");
    }

    @Test
    void characterLengthPaeSignatureIsRejected() throws Exception {
        KeyPair signer = ecKeyPair();
        byte[] payload = STATEMENT.getBytes(StandardCharsets.UTF_8);
        String characterPae = "DSSEv1 " + DsseEnvelope.IN_TOTO_PAYLOAD_TYPE.length() + " " + DsseEnvelope.IN_TOTO_PAYLOAD_TYPE
                + " " + STATEMENT.length() + " " + STATEMENT;
        DsseEnvelope envelope = new DsseEnvelope(DsseEnvelope.IN_TOTO_PAYLOAD_TYPE, payload, List.of(new DsseSignature(
                java.util.Optional.empty(), sign(signer, characterPae.getBytes(StandardCharsets.UTF_8)), java.util.Optional.empty())));

        ArtifactReport report = new AttestationVerifier().verify("test", new AttestationSource.Envelope("document", envelope,
                Set.of(SigningConvention.PAE)), List.of(signer.getPublic()), ProvenancePolicy.none());

        assertThat(report.check("signature").orElseThrow().failed()).isTrue();
    }

    @Test
    void truncatedBase64SignatureIsAnInputError() {
        ObjectNode envelope = Json.mapper().createObjectNode();
        envelope.put("payloadType", DsseEnvelope.IN_TOTO_PAYLOAD_TYPE);
        envelope.put("payload", Base64.getEncoder().encodeToString(STATEMENT.getBytes(StandardCharsets.UTF_8)));
        envelope.putArray("signatures").addObject().put("sig", "MEUCI");

        assertThatThrownBy(() -> DsseEnvelope.fromJson(envelope))
                .isInstanceOf(AttestationVerificationException.class)
                .hasMessageContaining("DSSE signature is not valid base64");
    }

    @Test
    void deeplyNestedAttestationIsRejected() {
        byte[] nested = ("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AttestationDocuments.read(nested))
                .isInstanceOf(AttestationVerificationException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void unknownJsonShapeIsNamed() {
        assertThatThrownBy(() -> AttestationDocuments.read("{\"hello\":1}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("neither a DSSE envelope, a Sigstore bundle nor a gcloud provenance summary");
    }

    @Test
    void builderAndSourceMatchingFollowSlsaVerifier() {
        String actual = "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0";
        String path = "https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml";

        assertThat(ProvenanceChecks.builderMatches(path, actual)).isTrue();
        assertThat(ProvenanceChecks.builderMatches(path + "@v2.1.0", actual)).isTrue();
        assertThat(ProvenanceChecks.builderMatches(path + "@refs/tags/v2.1.0", actual)).isTrue();
        assertThat(ProvenanceChecks.builderMatches(path + "@v1.2.3", actual)).isFalse();
        assertThat(ProvenanceChecks.builderMatches(path.replace("slsa-framework", "asraa"), actual)).isFalse();
        assertThat(ProvenanceChecks.normalizeRepository("git+https://github.com/Org/Repo.git@refs/heads/main"))
                .isEqualTo("github.com/org/repo");
    }

    private static KeyPair ecKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static byte[] sign(KeyPair pair, byte[] message) throws Exception {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(pair.getPrivate());
        signature.update(message);
        return signature.sign();
    }
}
