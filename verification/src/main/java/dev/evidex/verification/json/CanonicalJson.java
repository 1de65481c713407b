package dev.evidex.verification.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.NumberToJSON;

/**
 * RFC 8785 (JSON Canonicalization Scheme) serialization of a Jackson tree.
 *
 * <p>Written over the tree rather than re-parsing text because records are built in memory by
 * the collector; number formatting is delegated to the reference ECMAScript algorithm.
 */
public final class CanonicalJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {}

    /** The canonical UTF-8 bytes of a JSON value. */
    public static byte[] bytes(JsonNode node) {
        return string(node).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical text of a JSON value. */
    public static String string(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject((ObjectNode) node, out);
            case ARRAY -> writeArray(node, out);
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void writeObject(ObjectNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.size());
        node.fields().forEachRemaining(entries::add);
        // String.compareTo orders by UTF-16 code units, which is exactly what RFC 8785 requires.
        entries.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(entries.get(i).getKey(), out);
            out.append(':');
            write(entries.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out) {
        out.append('[');
        Iterator<JsonNode> elements = node.elements();
        boolean first = true;
        while (elements.hasNext()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(elements.next(), out);
        }
        out.append(']');
    }

    private static void writeNumber(JsonNode node, StringBuilder out) {
        if (node.canConvertToLong() && node.isIntegralNumber()) {
            long value = node.longValue();
            if (Math.abs(value) <= MAX_SAFE_INTEGER) {
                out.append(value);
                return;
            }
        }
        BigDecimal decimal = node.decimalValue();
        if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() <= 0
                && decimal.abs().compareTo(BigDecimal.valueOf(MAX_SAFE_INTEGER)) <= 0) {
            out.append(decimal.toBigIntegerExact());
            return;
        }
        double value = decimal.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("number cannot be represented in JSON: " + decimal);
        }
        try {
            out.append(NumberToJSON.serializeNumber(value));
        } catch (IOException e) {
            throw new IllegalArgumentException("number cannot be canonicalized: " + decimal, e);
        }
    }

    private static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else if (Character.isSurrogate(c)) {
                        i = appendSurrogatePair(value, i, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static int appendSurrogatePair(String value, int i, StringBuilder out) {
        char high = value.charAt(i);
        if (Character.isHighSurrogate(high) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(high).append(value.charAt(i + 1));
            return i + 1;
        }
        throw new IllegalArgumentException("string contains a lone surrogate at position " + i);
    }
}
