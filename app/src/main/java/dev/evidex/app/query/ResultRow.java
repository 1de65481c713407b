package dev.evidex.app.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
        int at = offset(column);
        if (at < 0) {
            return null;
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

    /**
     * Compares one column of two rows as text without decoding it: UTF-8 bytes compared unsigned
     * are in code point order (as {@code String.compareTo}, except that characters beyond U+FFFF
     * sort after U+E000..U+FFFF). NULL sorts first.
     */
    public int compareText(ResultRow other, int column) {
        int at = offset(column);
        int otherAt = other.offset(column);
        int length = at < 0 ? 0 : readVarint(at);
        int otherLength = otherAt < 0 ? 0 : other.readVarint(otherAt);
        if (length == 0 || otherLength == 0) {
            return Boolean.compare(length != 0, otherLength != 0);
        }
        int start = at + varintSize(length);
        int otherStart = otherAt + varintSize(otherLength);
        return Arrays.compareUnsigned(packed, start, start + length - 1, other.packed, otherStart,
                otherStart + otherLength - 1);
    }

    /** A whole-number column's value without decoding it to text; NULL and other text give {@code Long.MIN_VALUE}. */
    public long longValue(int column) {
        int at = offset(column);
        int length = at < 0 ? 0 : readVarint(at);
        if (length <= 1) {
            return Long.MIN_VALUE;
        }
        int start = at + varintSize(length);
        int end = start + length - 1;
        boolean negative = packed[start] == '-';
        int first = negative ? start + 1 : start;
        if (first == end || end - first > 18) {
            return end - first > 18 ? parsed(value(column)) : Long.MIN_VALUE;
        }
        long value = 0;
        for (int i = first; i < end; i++) {
            int digit = packed[i] - '0';
            if (digit < 0 || digit > 9) {
                return Long.MIN_VALUE;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    private static long parsed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Where a column's length prefix is, or -1 past the last column. */
    private int offset(int column) {
        int count = readVarint(0);
        if (column < 0 || column >= count) {
            return -1;
        }
        int at = varintSize(count);
        for (int i = 0; i < column; i++) {
            int length = readVarint(at);
            at += varintSize(length) + Math.max(0, length - 1);
        }
        return at;
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
