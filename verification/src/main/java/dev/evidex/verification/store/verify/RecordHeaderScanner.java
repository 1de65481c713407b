package dev.evidex.verification.store.verify;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The hot path of store verification: finds the top-level {@code log}, {@code batch} and
 * {@code index} of a record line and the digests in its {@code artifacts}, in one pass over the
 * bytes without decoding the rest. Integrity of every byte is proven by the Merkle root; this
 * scanner only locates problems, and anything it cannot read falls back to a full parse.
 */
final class RecordHeaderScanner {
    private static final byte[] LOG = "log".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BATCH = "batch".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDEX = "index".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARTIFACTS = "artifacts".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DIGEST = "digest".getBytes(StandardCharsets.US_ASCII);

    private RecordHeaderScanner() {}

    /** The header, or empty when the line is not shaped as the writer writes it. */
    static Optional<RecordChecker.Header> scan(byte[] b, int offset, int length, Set<String> digests) {
        int end = offset + length;
        if (length < 2 || b[offset] != '{' || b[end - 1] != '}') {
            return Optional.empty();
        }
        String log = null;
        long batch = -1;
        long index = -1;
        int depth = 0;
        boolean inArtifacts = false;
        int artifactsDepth = -1;
        for (int i = offset; i < end; i++) {
            byte c = b[i];
            if (c == '"') {
                int close = stringEnd(b, i + 1, end);
                if (close < 0) {
                    return Optional.empty();
                }
                boolean isKey = close + 1 < end && b[close + 1] == ':';
                if (isKey && depth == 1) {
                    int value = close + 2;
                    inArtifacts = false;
                    if (compare(b, i + 1, close, LOG) > 0) {
                        // Canonical lines sort their keys, so nothing this scanner needs comes after
                        // "log"; stopping here skips the bulk of large records (SBOM packages, payloads).
                        return Optional.of(new RecordChecker.Header(Optional.ofNullable(log), batch, index, Optional.empty()));
                    }
                    if (equals(b, i + 1, close, LOG) && value < end && b[value] == '"') {
                        int valueEnd = stringEnd(b, value + 1, end);
                        if (valueEnd < 0 || hasEscape(b, value + 1, valueEnd)) {
                            return Optional.empty();
                        }
                        log = new String(b, value + 1, valueEnd - value - 1, StandardCharsets.UTF_8);
                        i = valueEnd;
                        continue;
                    } else if (equals(b, i + 1, close, BATCH)) {
                        batch = number(b, value, end);
                    } else if (equals(b, i + 1, close, INDEX)) {
                        index = number(b, value, end);
                    } else if (equals(b, i + 1, close, ARTIFACTS)) {
                        inArtifacts = true;
                        artifactsDepth = depth;
                    }
                } else if (isKey && inArtifacts && depth == artifactsDepth + 2 && equals(b, i + 1, close, DIGEST)
                        && close + 2 < end && b[close + 2] == '"') {
                    int valueEnd = stringEnd(b, close + 3, end);
                    if (valueEnd < 0 || hasEscape(b, close + 3, valueEnd)) {
                        return Optional.empty();
                    }
                    digests.add(new String(b, close + 3, valueEnd - close - 3, StandardCharsets.UTF_8));
                    i = valueEnd;
                    continue;
                }
                i = close;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return depth == 0 ? Optional.of(new RecordChecker.Header(Optional.ofNullable(log), batch, index, Optional.empty()))
                : Optional.empty();
    }

    /** Index of the closing quote of a string starting at {@code from}, or -1. */
    private static int stringEnd(byte[] b, int from, int end) {
        for (int i = from; i < end; i++) {
            if (b[i] == '\\') {
                i++;
            } else if (b[i] == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Escaped values are left to the full parser, which decodes them exactly. */
    private static boolean hasEscape(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    private static long number(byte[] b, int from, int end) {
        long value = 0;
        int i = from;
        for (; i < end && b[i] >= '0' && b[i] <= '9' && i - from < 18; i++) {
            value = value * 10 + (b[i] - '0');
        }
        return i == from ? -1 : value;
    }

    /** Unsigned byte-wise comparison of {@code b[from, to)} with {@code name} (UTF-8 order = code point order). */
    private static int compare(byte[] b, int from, int to, byte[] name) {
        int length = Math.min(to - from, name.length);
        for (int i = 0; i < length; i++) {
            int difference = (b[from + i] & 0xFF) - (name[i] & 0xFF);
            if (difference != 0) {
                return difference;
            }
        }
        return (to - from) - name.length;
    }

    private static boolean equals(byte[] b, int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }
}
