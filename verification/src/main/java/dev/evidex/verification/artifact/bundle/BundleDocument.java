package dev.evidex.verification.artifact.bundle;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.artifact.Base64Text;
import dev.evidex.verification.artifact.attestation.AttestationVerificationException;
import dev.evidex.verification.artifact.attestation.DsseEnvelope;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Our own bounded reading of a Sigstore bundle (v0.1 to v0.3, both media type spellings): enough
 * to route it, report it, and verify the managed-key bundles sigstore-java's reader rejects.
 *
 * @param material {@code certificate}, {@code x509CertificateChain} or {@code publicKey}
 * @param messageDigest the digest a message signature names, when present
 */
public record BundleDocument(
        String mediaType,
        String material,
        Optional<String> publicKeyHint,
        Optional<byte[]> messageDigest,
        Optional<byte[]> messageSignature,
        Optional<DsseEnvelope> dsseEnvelope,
        List<JsonNode> tlogEntries,
        List<byte[]> rfc3161Timestamps) {
    public static final Set<String> MEDIA_TYPES = Set.of(
            "application/vnd.dev.sigstore.bundle+json;version=0.1",
            "application/vnd.dev.sigstore.bundle+json;version=0.2",
            "application/vnd.dev.sigstore.bundle+json;version=0.3",
            "application/vnd.dev.sigstore.bundle.v0.3+json");

    public BundleDocument {
        requireNonNull(mediaType, "mediaType is null");
        requireNonNull(material, "material is null");
        requireNonNull(publicKeyHint, "publicKeyHint is null");
        requireNonNull(messageDigest, "messageDigest is null");
        requireNonNull(messageSignature, "messageSignature is null");
        requireNonNull(dsseEnvelope, "dsseEnvelope is null");
        tlogEntries = List.copyOf(requireNonNull(tlogEntries, "tlogEntries is null"));
        rfc3161Timestamps = List.copyOf(requireNonNull(rfc3161Timestamps, "rfc3161Timestamps is null"));
    }

    public static BundleDocument parse(String json) throws BundleVerificationException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new BundleVerificationException("bundle is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BundleVerificationException("bundle is not a JSON object");
        }
        String mediaType = root.path("mediaType").asText("");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new BundleVerificationException("unsupported bundle media type '" + mediaType + "'");
        }
        JsonNode material = root.path("verificationMaterial");
        try {
            return new BundleDocument(mediaType, materialKind(material), text(material.path("publicKey").path("hint")),
                    bytes(root.path("messageSignature").path("messageDigest").path("digest"), "message digest"),
                    bytes(root.path("messageSignature").path("signature"), "message signature"),
                    root.has("dsseEnvelope") ? Optional.of(DsseEnvelope.fromJson(root.path("dsseEnvelope"))) : Optional.empty(),
                    list(material.path("tlogEntries")), timestamps(material.path("timestampVerificationData")));
        } catch (AttestationVerificationException | IllegalArgumentException e) {
            throw new BundleVerificationException("bundle: " + e.getMessage(), e);
        }
    }

    public boolean signedWithPublicKey() {
        return material.equals("publicKey");
    }

    private static String materialKind(JsonNode material) throws BundleVerificationException {
        for (String kind : List.of("certificate", "x509CertificateChain", "publicKey")) {
            if (material.has(kind)) {
                return kind;
            }
        }
        throw new BundleVerificationException("bundle has no verification material (certificate, chain or public key)");
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<byte[]> timestamps(JsonNode data) {
        List<byte[]> timestamps = new ArrayList<>();
        for (JsonNode timestamp : data.path("rfc3161Timestamps")) {
            timestamps.add(Base64Text.decode(timestamp.path("signedTimestamp").asText(""), "RFC 3161 timestamp"));
        }
        return timestamps;
    }

    private static Optional<byte[]> bytes(JsonNode node, String field) {
        return node.isTextual() ? Optional.of(Base64Text.decode(node.asText(), field)) : Optional.empty();
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
