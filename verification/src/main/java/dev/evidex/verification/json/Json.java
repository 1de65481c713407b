package dev.evidex.verification.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Bounded JSON parsing for untrusted input. Every parser in Evidex goes through one of these
 * mappers so that size and depth limits are never forgotten.
 */
public final class Json {
    /** Maximum nesting depth of any JSON document Evidex reads. */
    public static final int MAX_DEPTH = 64;
    /** Maximum length of a single string value (a base64 SBOM inside a bundle can be large). */
    public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
    /** Maximum length of a number literal. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final ObjectMapper MAPPER = create();

    private Json() {}

    /** A shared, thread-safe mapper with Evidex's limits; strict about duplicate keys. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A parse error as people read it: what was wrong and where (line, column), without source dumps. */
    public static String describe(IOException exception) {
        if (exception instanceof JsonProcessingException processing) {
            JsonLocation location = processing.getLocation();
            String where = location == null || location.getLineNr() < 0 ? ""
                    : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return processing.getOriginalMessage() + where;
        }
        return String.valueOf(exception.getMessage());
    }

    private static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }
}
