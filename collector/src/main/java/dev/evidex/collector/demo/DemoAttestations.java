package dev.evidex.collector.demo;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.verification.artifact.attestation.DsseEnvelope;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.keys.Signer;
import dev.evidex.verification.keys.SigningException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * What the demo pipeline's signing step produces with the image-signing key: Cosign signatures
 * over simple-signing payloads, and DSSE envelopes holding in-toto statements with SLSA v1
 * provenance, signed over the DSSE pre-authentication encoding as {@code cosign attest} does.
 */
final class DemoAttestations {
    private static final String STATEMENT_V1 = "https://in-toto.io/Statement/v1";
    private static final String SLSA_V1 = "https://slsa.dev/provenance/v1";
    private static final String WORKFLOW = ".github/workflows/hipaa-build.yml";

    private final Signer signer;

    DemoAttestations(Signer signer) {
        this.signer = requireNonNull(signer, "signer is null");
    }

    /** A Cosign signature: base64 of the ECDSA signature over the payload bytes. */
    byte[] cosignSignature(byte[] payload) {
        return Base64.getEncoder().encode(sign(payload));
    }

    /** The SLSA v1 provenance of one build, as a signed DSSE envelope (JSON). */
    byte[] provenanceEnvelope(String repositoryName, String digest, CiContext ci) {
        ObjectNode statement = Json.mapper().createObjectNode();
        statement.put("_type", STATEMENT_V1);
        statement.putArray("subject").addObject().put("name", repositoryName).putObject("digest")
                .put("sha256", digest.substring("sha256:".length()));
        statement.put("predicateType", SLSA_V1);
        ObjectNode predicate = statement.putObject("predicate");
        String repository = ci.repository().orElseThrow();
        String ref = ci.ref().orElse("refs/heads/main");
        ObjectNode definition = predicate.putObject("buildDefinition");
        definition.put("buildType", RunRecords.BUILD_TYPE);
        definition.putObject("externalParameters").putObject("workflow").put("ref", ref)
                .put("repository", "https://github.com/" + repository).put("path", WORKFLOW);
        definition.putArray("resolvedDependencies").addObject()
                .put("uri", "git+https://github.com/" + repository + "@" + ref)
                .putObject("digest").put("gitCommit", ci.commitSha().orElseThrow());
        ObjectNode run = predicate.putObject("runDetails");
        run.putObject("builder").put("id", RunRecords.BUILDER_ID);
        run.putObject("metadata").put("invocationId", "https://github.com/" + repository + "/actions/runs/"
                + ci.runId().orElseThrow() + "/attempts/" + ci.runAttempt().orElse(1));
        return envelope(json(statement));
    }

    private byte[] envelope(byte[] statement) {
        byte[] signature = sign(new DsseEnvelope(DsseEnvelope.IN_TOTO_PAYLOAD_TYPE, statement, List.of())
                .preAuthenticationEncoding());
        ObjectNode envelope = Json.mapper().createObjectNode();
        envelope.put("payloadType", DsseEnvelope.IN_TOTO_PAYLOAD_TYPE);
        envelope.put("payload", Base64.getEncoder().encodeToString(statement));
        envelope.putArray("signatures").addObject().put("keyid", signer.keyId())
                .put("sig", Base64.getEncoder().encodeToString(signature));
        return json(envelope);
    }

    private byte[] sign(byte[] message) {
        try {
            return signer.sign(message);
        } catch (SigningException e) {
            throw new IllegalStateException("the demo image-signing key cannot sign: " + e.getMessage(), e);
        }
    }

    private static byte[] json(ObjectNode node) {
        try {
            return Json.mapper().writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
