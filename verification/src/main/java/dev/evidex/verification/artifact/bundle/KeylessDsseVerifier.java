package dev.evidex.verification.artifact.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import dev.evidex.verification.artifact.Sha256Digest;
import dev.evidex.verification.artifact.Signatures;
import dev.evidex.verification.artifact.attestation.DsseEnvelope;
import dev.sigstore.bundle.Bundle;
import dev.sigstore.fulcio.client.FulcioVerificationException;
import dev.sigstore.fulcio.client.FulcioVerifier;
import dev.sigstore.timestamp.client.ImmutableTimestampResponse;
import dev.sigstore.timestamp.client.TimestampException;
import dev.sigstore.timestamp.client.TimestampVerificationException;
import dev.sigstore.timestamp.client.TimestampVerifier;
import dev.sigstore.trustroot.SigstoreTrustedRoot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * Keyless DSSE bundles that sigstore-java's verifier cannot take: log entries of kind
 * {@code intoto} 0.0.2, and payloads with non-ASCII text (its PAE counts characters). Built on
 * its primitives: Fulcio chain and SCT, Rekor inclusion proof, checkpoint and SET, RFC 3161
 * timestamps; the DSSE signature with our byte-length PAE.
 */
final class KeylessDsseVerifier {
    private KeylessDsseVerifier() {}

    /** True when this path, not sigstore-java's verifier, must verify the bundle. */
    static boolean needed(BundleDocument document) {
        if (document.dsseEnvelope().isEmpty()) {
            return false;
        }
        byte[] payload = document.dsseEnvelope().get().payload();
        boolean nonAscii = false;
        for (byte value : payload) {
            nonAscii |= value < 0;
        }
        return nonAscii || document.tlogEntries().stream()
                .anyMatch(entry -> "intoto".equals(entry.path("kindVersion").path("kind").asText()));
    }

    /** @return empty when verified, else what failed */
    static String verify(Bundle bundle, BundleDocument document, SigstoreTrustedRoot root, X509Certificate leaf) {
        DsseEnvelope envelope = document.dsseEnvelope().orElseThrow();
        try {
            FulcioVerifier.newFulcioVerifier(root).verifySigningCertificate(bundle.getCertPath());
        } catch (FulcioVerificationException | IOException | GeneralSecurityException e) {
            return "Fulcio certificate was not valid: " + e.getMessage();
        }
        if (envelope.signatures().size() != 1) {
            return "DSSE envelope must have exactly 1 signature, found " + envelope.signatures().size();
        }
        byte[] signature = envelope.signatures().get(0).signature();
        if (!Signatures.verify(leaf.getPublicKey(), envelope.preAuthenticationEncoding(), signature)) {
            return "DSSE signature was not valid";
        }
        for (int index = 0; index < document.tlogEntries().size(); index++) {
            String mismatch = entryMismatch(document.tlogEntries().get(index), envelope, signature, leaf);
            if (!mismatch.isEmpty()) {
                return mismatch;
            }
            String proof = TransparencyLogProofs.verify(bundle.getEntries().get(index), root);
            if (!proof.isEmpty()) {
                return "transparency log entry could not be verified: " + proof;
            }
        }
        return timestamps(bundle, root, leaf, signature);
    }

    private static String entryMismatch(JsonNode entry, DsseEnvelope envelope, byte[] signature, X509Certificate leaf) {
        try {
            JsonNode body = PublicKeyBundleVerifier.decodeBody(entry);
            if (!"intoto".equals(body.path("kind").asText()) || !"0.0.2".equals(body.path("apiVersion").asText())) {
                return "unsupported log entry " + body.path("kind").asText() + " " + body.path("apiVersion").asText();
            }
            JsonNode content = body.path("spec").path("content");
            String payloadHash = content.path("payloadHash").path("value").asText("");
            if (!payloadHash.equalsIgnoreCase(Sha256Digest.of(envelope.payload()).hex())) {
                return "digest of the DSSE payload does not match the payload digest in the log entry";
            }
            JsonNode logged = content.path("envelope").path("signatures").path(0);
            // intoto 0.0.2 stores the base64 signature base64-encoded once more
            byte[] loggedSignature = Base64Text.decode(new String(Base64Text.decode(logged.path("sig").asText(""), "sig"),
                    StandardCharsets.US_ASCII), "sig");
            byte[] loggedCertificate = Base64Text.decode(logged.path("publicKey").asText(""), "publicKey");
            if (!Arrays.equals(loggedSignature, signature)) {
                return "DSSE signature does not match the signature in the log entry";
            }
            if (!Arrays.equals(CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(loggedCertificate)).getEncoded(), leaf.getEncoded())) {
                return "certificate in the log entry is not the bundle's certificate";
            }
            return "";
        } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
            return "log entry body cannot be read: " + e.getMessage();
        }
    }

    private static String timestamps(Bundle bundle, SigstoreTrustedRoot root, X509Certificate leaf, byte[] signature) {
        try {
            TimestampVerifier verifier = TimestampVerifier.newTimestampVerifier(root);
            for (Bundle.Timestamp timestamp : bundle.getTimestamps()) {
                ImmutableTimestampResponse response = ImmutableTimestampResponse.builder()
                        .encoded(timestamp.getRfc3161Timestamp()).build();
                verifier.verify(response, signature);
                leaf.checkValidity(response.getGenTime());
            }
            return "";
        } catch (GeneralSecurityException | TimestampVerificationException | TimestampException e) {
            return "RFC 3161 timestamp verification failed: " + e.getMessage();
        }
    }
}
