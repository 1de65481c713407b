package dev.evidex.querypack.result;

import dev.evidex.querypack.pack.ResultType;

/** JSON text of single values, escaped as RFC 8785 (JCS) requires, so output can be hashed as is. */
public final class JsonText {
    private JsonText() {}

    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }

    /** A result value as JSON of its column type: integers and booleans unquoted. */
    public static String value(String text, ResultType type) {
        if (text == null) {
            return "null";
        }
        switch (type) {
            case BIGINT:
                return Long.toString(Long.parseLong(text));
            case BOOLEAN:
                return Boolean.toString(Boolean.parseBoolean(text));
            default:
                return quote(text);
        }
    }
}
