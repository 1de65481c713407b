package dev.evidex.app.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One immutable result row: the values' text forms, {@code null} for SQL NULL. The values are
 * packed into one UTF-8 byte array (each value a length prefix, 0 for NULL, then its bytes): a
 * million rows then cost their bytes plus two object headers each, not a String object and its
 * array per cell. A value is decoded when a cell, a sort or a filter asks for it.
 */
public final class ResultRow {
    private final byte[] packed;

    /** Keeps nulls (unlike {@code List.copyOf}); the row keeps its own copy. */
    public ResultRow(List<String> values) {
        byte[][] encoded = new byte[values.size()][];
        int size = varintSize(values.size());
        for (int i = 0; i < encoded.length; i++) {
            String value = values.get(i);
            encoded[i] = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
            size += encoded[i] == null ? 1 : varintSize(encoded[i].length + 1) + encoded[i].length;
        }
        packed = new byte[size];
        int at = writeVarint(packed, 0, values.size());
        for (byte[] value : encoded) {
            at = writeVarint(packed, at, value == null ? 0 : value.length + 1);
            if (value != null) {
                System.arraycopy(value, 0, packed, at, value.length);
                at += value.length;
            }
        }
    }

    public int size() {
        return readVarint(0);
    }

    public String value(int column) {
        int count = readVarint(0);
        if (column < 0 || column >= count) {
            return null;
        }
        int at = varintSize(count);
        for (int i = 0; i < column; i++) {
            int length = readVarint(at);
            at += varintSize(length) + Math.max(0, length - 1);
        }
        int length = readVarint(at);
        return length == 0 ? null : new String(packed, at + varintSize(length), length - 1, StandardCharsets.UTF_8);
    }

    public List<String> values() {
        int count = size();
        List<String> values = new ArrayList<>(count);
        int at = varintSize(count);
        for (int i = 0; i < count; i++) {
            int length = readVarint(at);
            at += varintSize(length);
            values.add(length == 0 ? null : new String(packed, at, length - 1, StandardCharsets.UTF_8));
            at += Math.max(0, length - 1);
        }
        return Collections.unmodifiableList(values);
    }

    public boolean contains(String lowerCaseText) {
        for (String value : values()) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText)) {
                return true;
            }
        }
        return false;
    }

    private int readVarint(int at) {
        int value = 0;
        for (int shift = 0; ; shift += 7, at++) {
            byte next = packed[at];
            value |= (next & 0x7f) << shift;
            if (next >= 0) {
                return value;
            }
        }
    }

    private static int writeVarint(byte[] target, int at, int value) {
        while ((value & ~0x7f) != 0) {
            target[at++] = (byte) ((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        target[at++] = (byte) value;
        return at;
    }

    private static int varintSize(int value) {
        int size = 1;
        while ((value & ~0x7f) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    @Override
    public String toString() {
        return String.join("\t", values().stream().map(v -> v == null ? "" : v).toList());
    }
}
