package dev.evidex.collector.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The {@code key} events of one log: a writer records which key it seals with whenever that key
 * changes (its first seal, and the first seal after a rotation), so that auditors can ask when each
 * log moved to a new key without reading the seals themselves.
 */
final class SealKeyEvents {
    private final DemoKeys keys;
    private final String sourceKind;
    private Optional<String> current = Optional.empty();

    SealKeyEvents(DemoKeys keys, String sourceKind) {
        this.keys = keys;
        this.sourceKind = sourceKind;
    }

    /** The event to seal with the batch sealed at {@code sealTime}, if that batch is the first under its key. */
    Optional<ObjectNode> before(Instant sealTime) {
        String keyId = keys.sealKeyId(sealTime);
        if (current.filter(keyId::equals).isPresent()) {
            return Optional.empty();
        }
        current = Optional.of(keyId);
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("stream", "key");
        record.put("time", sealTime.truncatedTo(ChronoUnit.MILLIS).toString());
        record.put("source_kind", sourceKind);
        record.put("key_id", keyId);
        record.put("key_purpose", "seal-signing");
        return Optional.of(record);
    }
}
