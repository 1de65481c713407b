package dev.evidex.collector.cluster.ingest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.merkle.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Gatekeeper's logs: {@code --log-denies} lines and audit violations (snake_case keys),
 * and the export format (camelCase keys), optionally behind the Go log timestamp the export
 * sidecar prints. The body is a sequence of JSON objects, one per line or pretty-printed; any
 * syntax error rejects the whole body.
 */
public final class GatekeeperLogParser {
    /** {@code 2025/03/05 00:37:16 } (Go's log package), optionally with microseconds. */
    private static final Pattern GO_LOG_PREFIX = Pattern.compile(
            "(?m)^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)? (?=\\{)");

    private final GatekeeperRecords records;

    public GatekeeperLogParser(String cluster, ConstraintKinds constraintKinds, Clock clock) {
        this.records = new GatekeeperRecords(requireNonNull(cluster, "cluster is null"),
                requireNonNull(constraintKinds, "constraintKinds is null"), requireNonNull(clock, "clock is null"));
    }

    public Batch parse(byte[] body) throws MalformedInputException {
        String text = GO_LOG_PREFIX.matcher(new String(body, StandardCharsets.UTF_8)).replaceAll("");
        List<JsonNode> objects = objects(text);
        Batch.Builder batch = new Batch.Builder();
        for (int position = 0; position < objects.size(); position++) {
            JsonNode object = objects.get(position);
            if (!object.isObject()) {
                throw new MalformedInputException("entry " + (position + 1) + " is not a JSON object");
            }
            var record = records.of((ObjectNode) object, position + 1);
            if (record.isPresent()) {
                batch.record(new Evidence("gatekeeper:" + Hashes.hex(Hashes.sha256(CanonicalJson.bytes(record.get()))),
                        record.get()));
            } else {
                batch.drop("gatekeeper-other");
            }
        }
        return batch.build();
    }

    private static List<JsonNode> objects(String text) throws MalformedInputException {
        List<JsonNode> objects = new ArrayList<>();
        try (JsonParser parser = Json.mapper().getFactory().createParser(text);
                MappingIterator<JsonNode> values = Json.mapper().readerFor(JsonNode.class).readValues(parser)) {
            while (values.hasNextValue()) {
                objects.add(values.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            IOException cause = e instanceof IOException io ? io
                    : e.getCause() instanceof IOException io ? io : new IOException(e.getMessage());
            throw new MalformedInputException("invalid JSON after " + objects.size() + " complete entries: "
                    + Json.describe(cause));
        }
        return objects;
    }
}
