package dev.evidex.verification.packet;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code retention.json}: for a store on S3, each exported object's Object Lock mode and
 * retain-until date as read at export time; for a local store, a statement that no retention
 * lock applies (the directory is write-once by convention only).
 */
public final class RetentionStatement {
    private RetentionStatement() {}

    /** One store object's retention as read at export time; both empty when the object has no lock. */
    public record ObjectRetention(String key, Optional<String> mode, Optional<Instant> retainUntil) {
        public ObjectRetention {
            requireNonNull(key, "key is null");
            requireNonNull(mode, "mode is null");
            requireNonNull(retainUntil, "retainUntil is null");
        }
    }

    public static byte[] local(String storeDescription) {
        ObjectNode node = header("local", storeDescription, Instant.EPOCH);
        node.remove("read_at");
        node.put("statement", "The evidence was exported from a local store directory. Local directories have no "
                + "Object Lock: objects are write-once by convention and their integrity rests on the seals and "
                + "proofs in this packet, not on a retention lock.");
        node.putArray("objects");
        return CanonicalJson.bytes(node);
    }

    public static byte[] s3(String bucketAndPrefix, Instant readAt, List<ObjectRetention> objects) {
        ObjectNode node = header("s3", bucketAndPrefix, readAt);
        node.put("statement", "Object Lock retention of every exported object, read from S3 at export time.");
        ArrayNode array = node.putArray("objects");
        objects.stream().sorted(Comparator.comparing(ObjectRetention::key)).forEach(object -> {
            ObjectNode item = array.addObject();
            item.put("key", object.key());
            item.put("mode", object.mode().orElse(null));
            item.put("retain_until", object.retainUntil().map(Instant::toString).orElse(null));
        });
        return CanonicalJson.bytes(node);
    }

    private static ObjectNode header(String kind, String store, Instant readAt) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("schema_version", 1);
        node.put("store_kind", kind);
        node.put("store", store);
        node.put("read_at", readAt.toString());
        return node;
    }
}
