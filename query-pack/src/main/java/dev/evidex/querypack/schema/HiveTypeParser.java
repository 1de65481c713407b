package dev.evidex.querypack.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Recursive-descent parser for the subset of Hive type syntax the logical schema uses. */
final class HiveTypeParser {
    private final String text;
    private int position;

    HiveTypeParser(String text) {
        this.text = text.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    ColumnType parse() {
        ColumnType type = type();
        if (position != text.length()) {
            throw error("unexpected text");
        }
        return type;
    }

    private ColumnType type() {
        String word = word();
        switch (word) {
            case "string":
                return ColumnType.Primitive.STRING;
            case "bigint":
                return ColumnType.Primitive.BIGINT;
            case "boolean":
                return ColumnType.Primitive.BOOLEAN;
            case "array":
                expect('<');
                ColumnType element = type();
                expect('>');
                return new ColumnType.ArrayType(element);
            case "struct":
                return struct();
            default:
                throw error("unknown type '" + word + "'");
        }
    }

    private ColumnType struct() {
        expect('<');
        List<ColumnType.Field> fields = new ArrayList<>();
        do {
            String name = word();
            expect(':');
            fields.add(new ColumnType.Field(name, type()));
        } while (accept(','));
        expect('>');
        return new ColumnType.StructType(fields);
    }

    private String word() {
        int start = position;
        while (position < text.length()
                && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        if (start == position) {
            throw error("expected a name");
        }
        return text.substring(start, position);
    }

    private boolean accept(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at " + position + " in type '" + text + "'");
    }
}
