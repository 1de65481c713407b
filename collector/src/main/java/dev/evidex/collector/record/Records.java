package dev.evidex.collector.record;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.collector.ci.CiContext;
import dev.evidex.verification.json.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Builds records with the envelope fields every stream carries (evidence format 2.1). */
public final class Records {
    private Records() {}

    /** A CI record of {@code stream} at {@code time} with the run's source columns. */
    public static ObjectNode ci(String stream, Instant time, CiContext context, Subject subject) {
        ObjectNode record = Json.mapper().createObjectNode();
        record.put("stream", stream);
        record.put("time", time.truncatedTo(ChronoUnit.MILLIS).toString());
        record.put("source_kind", "ci");
        context.writeTo(record);
        subject.writeTo(record);
        return record;
    }

    /** Sets {@code artifacts} to the references of {@code artifacts}. */
    public static void attach(ObjectNode record, List<Artifact> artifacts) {
        ArrayNode array = record.putArray("artifacts");
        artifacts.forEach(artifact -> array.add(artifact.reference()));
    }

    public static void putIfPresent(ObjectNode record, String field, Optional<String> value) {
        value.ifPresent(text -> record.put(field, text));
    }

    /** The free-form {@code detail} object, created on first use. */
    public static ObjectNode detail(ObjectNode record) {
        return record.has("detail") ? (ObjectNode) record.get("detail") : record.putObject("detail");
    }
}
