package dev.evidex.verification.artifact.cosign;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.Signatures;
import dev.evidex.verification.check.ArtifactReport;
import dev.evidex.verification.check.Check;
import dev.evidex.verification.check.ReportBuilder;
import dev.evidex.verification.keys.KeyFormatException;
import dev.evidex.verification.keys.PublicKeys;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;

/**
 * Verifies a Cosign key-based image signature: the signature over the payload's exact bytes,
 * the payload's image digest against the image being checked, and, when given, Cosign's Rekor
 * bundle (signed entry timestamp) with the log's key.
 */
public final class CosignVerifier {
    public static final String KIND = "cosign-simple-signing";

    /**
     * @return a report whose checks say which check failed; never throws for a bad signature
     * @throws SignatureVerificationException when the input cannot be read (malformed base64 or JSON)
     */
    public ArtifactReport verify(CosignRequest request) throws SignatureVerificationException {
        ReportBuilder report = new ReportBuilder(request.imageDigest().toString(), KIND);
        byte[] payload = request.payload();
        byte[] signature = decode(request.signatureBase64(), "signature");
        String keyId = PublicKeys.keyId(request.key());
        report.fact("key-id", keyId);
        report.add(signatureCheck(request.key(), payload, signature).by(keyId));

        SimpleSigningPayload parsed = SimpleSigningPayload.parse(payload);
        parsed.dockerReference().ifPresent(reference -> report.fact("docker-reference", reference));
        report.fact("docker-manifest-digest", parsed.dockerManifestDigest());
        report.add(digestCheck(parsed, request.imageDigest()));

        report.add(transparencyLogCheck(request, payload, signature, report));
        return report.build();
    }

    private static Check signatureCheck(PublicKey key, byte[] payload, byte[] signature) {
        String keyType = Signatures.describe(key);
        if (Signatures.verify(key, payload, signature)) {
            return Check.passed("signature", keyType + " signature over the payload's exact bytes verifies");
        }
        return Check.failed("signature", keyType + " signature does not verify with the given key: signed by "
                + "another key, or the payload bytes changed");
    }

    private static Check digestCheck(SimpleSigningPayload payload, Sha256Digest expected) {
        Sha256Digest signed;
        try {
            signed = Sha256Digest.parse(payload.dockerManifestDigest());
        } catch (IllegalArgumentException e) {
            return Check.failed("manifest-digest", "payload's docker-manifest-digest is not a sha256 digest: "
                    + payload.dockerManifestDigest());
        }
        if (signed.equals(expected)) {
            return Check.passed("manifest-digest", "payload signs image " + expected);
        }
        return Check.failed("manifest-digest", "payload signs image " + signed + " but the image checked is " + expected);
    }

    private static Check transparencyLogCheck(CosignRequest request, byte[] payload, byte[] signature,
            ReportBuilder report) throws SignatureVerificationException {
        if (request.rekorBundle().isEmpty()) {
            return request.rekorKey().isPresent()
                    ? Check.failed("transparency-log", "a Rekor key was given but there is no Rekor bundle to verify")
                    : Check.notApplicable("transparency-log", "no Rekor bundle given");
        }
        if (request.rekorKey().isEmpty()) {
            return Check.failed("transparency-log", "a Rekor bundle is present but no Rekor public key was given to verify it");
        }
        RekorBundleAnnotation bundle = RekorBundleAnnotation.parse(request.rekorBundle().get());
        PublicKey rekorKey = request.rekorKey().get();
        String rekorKeyId = PublicKeys.keyId(rekorKey);
        report.fact("rekor-log-index", Long.toString(bundle.logIndex()));
        report.fact("rekor-integrated-time", Instant.ofEpochSecond(bundle.integratedTime()).toString());
        if (!("sha256:" + bundle.logId().toLowerCase()).equals(rekorKeyId)) {
            return Check.failed("transparency-log", "Rekor bundle names log " + bundle.logId()
                    + " but the Rekor key given is " + rekorKeyId).by(rekorKeyId);
        }
        if (!Signatures.verify(rekorKey, bundle.signedContent(), bundle.signedEntryTimestamp())) {
            return Check.failed("transparency-log", "signed entry timestamp does not verify with the Rekor key").by(rekorKeyId);
        }
        String mismatch = bodyMismatch(bundle.decodedBody(), payload, signature, request.key());
        if (!mismatch.isEmpty()) {
            return Check.failed("transparency-log", "signed entry timestamp verifies but the log entry " + mismatch).by(rekorKeyId);
        }
        return Check.passed("transparency-log", "signed entry timestamp verifies; log index " + bundle.logIndex()
                + " records this payload, signature and key").by(rekorKeyId);
    }

    /** The log entry must record this payload digest, this signature and this key; empty when it does. */
    private static String bodyMismatch(JsonNode body, byte[] payload, byte[] signature, PublicKey key)
            throws SignatureVerificationException {
        JsonNode spec = body.path("spec");
        if (!"hashedrekord".equals(body.path("kind").asText())) {
            return "is of kind '" + body.path("kind").asText() + "', expected hashedrekord";
        }
        String hash = spec.path("data").path("hash").path("value").asText("");
        if (!hash.equalsIgnoreCase(Sha256Digest.of(payload).hex())) {
            return "records payload digest " + hash + ", not the payload's " + Sha256Digest.of(payload).hex();
        }
        byte[] loggedSignature = decode(spec.path("signature").path("content").asText(""), "logged signature");
        if (!Arrays.equals(loggedSignature, signature)) {
            return "records a different signature";
        }
        String loggedKey = new String(decode(spec.path("signature").path("publicKey").path("content").asText(""),
                "logged public key"), StandardCharsets.UTF_8);
        try {
            if (!Arrays.equals(PublicKeys.parsePem(loggedKey).getEncoded(), key.getEncoded())) {
                return "records a different public key";
            }
        } catch (KeyFormatException e) {
            return "records a public key that is not a PEM public key (" + e.getMessage() + ")";
        }
        return "";
    }

    private static byte[] decode(String base64, String field) throws SignatureVerificationException {
        try {
            return Base64Text.decode(base64, field);
        } catch (IllegalArgumentException e) {
            throw new SignatureVerificationException(e.getMessage(), e);
        }
    }
}
