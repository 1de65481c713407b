package dev.evidex.collector.record;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;

/** A raw document stored content-addressed beside the records that reference it. */
public record Artifact(String role, String mediaType, byte[] bytes, String digest) {
    public Artifact {
        requireNonNull(role, "role is null");
        requireNonNull(mediaType, "mediaType is null");
        requireNonNull(bytes, "bytes is null");
        requireNonNull(digest, "digest is null");
    }

    public static Artifact of(String role, String mediaType, byte[] bytes) {
        return new Artifact(role, mediaType, bytes, "sha256:" + Hashes.hex(Hashes.sha256(bytes)));
    }

    /** The reference a record carries in its {@code artifacts} array (evidence format 2.2). */
    public ObjectNode reference() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("role", role);
        node.put("digest", digest);
        node.put("media_type", mediaType);
        node.put("size", bytes.length);
        return node;
    }

    public String hex() {
        return digest.substring("sha256:".length());
    }
}
