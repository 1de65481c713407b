package dev.evidex.verification.packet.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Splits {@code records.jsonl} into exact line bytes (without line feeds), as hashed. */
final class RecordLinesReader {
    private RecordLinesReader() {}

    static List<byte[]> lines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }
}
