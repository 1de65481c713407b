package dev.evidex.verification.packet.evidence;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few fields of a record line a packet needs (its log, its index, the artifacts it
 * references), read with a streaming parser that skips everything else: a hundred thousand
 * records are not turned into trees. The whole line must still be one valid JSON object.
 *
 * @param log       the record's {@code log}, when it is a string
 * @param index     the record's {@code index}, or -1 when it is not a non-negative integer
 * @param artifacts the entries of its {@code artifacts} array (objects with digest, role, media_type)
 */
public record RecordFields(Optional<String> log, long index, List<JsonNode> artifacts) {
    /** Reads one value in the middle of a stream: what follows it is the caller's to check. */
    private static final ObjectReader SUBTREE = Json.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public RecordFields {
        requireNonNull(log, "log is null");
        artifacts = List.copyOf(artifacts);
    }

    public static RecordFields parse(byte[] line) throws IOException {
        try (JsonParser parser = Json.mapper().createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a record must be a JSON object");
            }
            Optional<String> log = Optional.empty();
            long index = -1;
            List<JsonNode> artifacts = new ArrayList<>(0);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "log" -> log = value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                    case "index" -> index = value == JsonToken.VALUE_NUMBER_INT
                            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER && parser.getLongValue() >= 0
                            ? parser.getLongValue() : -1;
                    case "artifacts" -> {
                        JsonNode array = SUBTREE.readTree(parser);
                        if (array != null && array.isArray()) {
                            array.forEach(artifacts::add);
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IOException("content after the record's JSON object");
            }
            return new RecordFields(log, index, artifacts);
        }
    }
}
