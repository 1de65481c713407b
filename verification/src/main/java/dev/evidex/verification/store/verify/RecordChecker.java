package dev.evidex.verification.store.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.verification.json.CanonicalJson;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of a record line that the verifier checks (log, batch, index, artifact
 * digests) with a streaming parser, skipping everything else: the hot path of store verification.
 */
final class RecordChecker {
    private static final JsonFactory FACTORY = Json.mapper().getFactory();

    /** The checked fields of one line, or why it could not be read. */
    record Header(Optional<String> log, long batch, long index, Optional<String> problem) {}

    private RecordChecker() {}

    static Header read(byte[] buffer, int offset, int length, Set<String> artifactDigests) {
        Optional<Header> fast = RecordHeaderScanner.scan(buffer, offset, length, artifactDigests);
        return fast.isPresent() ? fast.get() : parse(buffer, offset, length, artifactDigests);
    }

    /** The full streaming parse: slower, and precise about what is wrong with a malformed line. */
    static Header parse(byte[] buffer, int offset, int length, Set<String> artifactDigests) {
        String log = null;
        long batch = -1;
        long index = -1;
        try (JsonParser parser = FACTORY.createParser(buffer, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return problem("line is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "log" -> log = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    case "batch" -> batch = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                    case "index" -> index = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : -1;
                    case "artifacts" -> readArtifacts(parser, value, artifactDigests);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                return problem("line has data after the JSON object");
            }
        } catch (IOException e) {
            return problem("line is not valid JSON: " + Json.describe(e));
        }
        return new Header(Optional.ofNullable(log), batch, index, Optional.empty());
    }

    private static void readArtifacts(JsonParser parser, JsonToken value, Set<String> digests) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken member = parser.nextToken();
                if ("digest".equals(name) && member == JsonToken.VALUE_STRING) {
                    digests.add(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** Whether the line is exactly the RFC 8785 form of its own content. */
    static boolean isCanonical(byte[] buffer, int offset, int length) {
        try {
            JsonNode node = Json.mapper().readTree(buffer, offset, length);
            byte[] canonical = CanonicalJson.bytes(node);
            return Arrays.equals(canonical, 0, canonical.length, buffer, offset, offset + length);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Header problem(String problem) {
        return new Header(Optional.empty(), -1, -1, Optional.of(problem));
    }
}
