package dev.evidex.verification.keys;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One key of the key archive ({@code keys/<hex>.json}): the public key, what it may sign and
 * when. The archive is what lets a seal made in 2027 verify in 2033 after rotation.
 */
public record KeyArchiveEntry(
        PublicKey publicKey,
        List<KeyPurpose> purposes,
        Instant notBefore,
        Optional<Instant> notAfter,
        Optional<Instant> revokedAt) {

    public KeyArchiveEntry {
        requireNonNull(publicKey, "publicKey is null");
        purposes = List.copyOf(requireNonNull(purposes, "purposes is null"));
        requireNonNull(notBefore, "notBefore is null");
        requireNonNull(notAfter, "notAfter is null");
        requireNonNull(revokedAt, "revokedAt is null");
    }

    public String keyId() {
        return PublicKeys.keyId(publicKey);
    }

    /** The archive file name: the hex part of the key id. */
    public String fileName() {
        return keyId().substring("sha256:".length()) + ".json";
    }

    public boolean allows(KeyPurpose purpose) {
        return purposes.contains(purpose);
    }

    /** Whether a signature made at {@code time} falls inside the window and before any revocation. */
    public boolean validAt(Instant time) {
        if (time.isBefore(notBefore)) {
            return false;
        }
        if (notAfter.isPresent() && !time.isBefore(notAfter.get())) {
            return false;
        }
        return revokedAt.isEmpty() || time.isBefore(revokedAt.get());
    }

    /** Human-readable window, for reports. */
    public String window() {
        return "[" + notBefore + ", " + notAfter.map(Instant::toString).orElse("open") + ")"
                + revokedAt.map(at -> " revoked at " + at).orElse("");
    }

    public byte[] toCanonicalJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("key_id", keyId());
        node.put("algorithm", algorithmName());
        node.put("public_key", PublicKeys.toPem(publicKey));
        ArrayNode purposeArray = node.putArray("purposes");
        purposes.forEach(purpose -> purposeArray.add(purpose.label()));
        node.put("not_before", notBefore.toString());
        putOptional(node, "not_after", notAfter);
        putOptional(node, "revoked_at", revokedAt);
        return CanonicalJson.bytes(node);
    }

    private String algorithmName() {
        String algorithm = publicKey.getAlgorithm();
        if (algorithm.startsWith("Ed")) {
            return "ED25519";
        }
        return algorithm.equals("RSA") ? "RSA" : "ECDSA_P256_SHA256";
    }

    private static void putOptional(ObjectNode node, String field, Optional<Instant> value) {
        if (value.isPresent()) {
            node.put(field, value.get().toString());
        } else {
            node.putNull(field);
        }
    }

    /** Parses an archive entry and checks that its key id matches its key. */
    public static KeyArchiveEntry parse(byte[] json) throws KeyFormatException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new KeyFormatException("key archive entry is not valid JSON: " + Json.describe(e), e);
        }
        if (node == null || !node.isObject()) {
            throw new KeyFormatException("key archive entry must be a JSON object");
        }
        PublicKey key = PublicKeys.parsePem(text(node, "public_key"));
        String declared = text(node, "key_id");
        if (!declared.equals(PublicKeys.keyId(key))) {
            throw new KeyFormatException("key archive entry declares key id " + declared
                    + " but its public key has id " + PublicKeys.keyId(key));
        }
        List<KeyPurpose> purposes = new ArrayList<>();
        JsonNode purposeArray = node.path("purposes");
        if (!purposeArray.isArray() || purposeArray.isEmpty()) {
            throw new KeyFormatException("key archive entry " + declared + " has no purposes");
        }
        for (JsonNode purpose : purposeArray) {
            purposes.add(KeyPurpose.fromLabel(purpose.asText()));
        }
        return new KeyArchiveEntry(key, purposes, instant(node, "not_before"),
                optionalInstant(node, "not_after"), optionalInstant(node, "revoked_at"));
    }

    private static String text(JsonNode node, String field) throws KeyFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new KeyFormatException("key archive entry is missing string field '" + field + "'");
        }
        return value.textValue();
    }

    private static Instant instant(JsonNode node, String field) throws KeyFormatException {
        String value = text(node, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new KeyFormatException("key archive field '" + field + "' is not an RFC 3339 time: " + value, e);
        }
    }

    private static Optional<Instant> optionalInstant(JsonNode node, String field) throws KeyFormatException {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(instant(node, field));
    }
}
