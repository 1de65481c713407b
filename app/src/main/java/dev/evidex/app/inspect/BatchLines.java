package dev.evidex.app.inspect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The record lines of a batch object: exact bytes, without the line feeds. */
final class BatchLines {
    private BatchLines() {}

    static List<byte[]> split(byte[] batch) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < batch.length; i++) {
            if (batch[i] == '\n') {
                lines.add(Arrays.copyOfRange(batch, start, i));
                start = i + 1;
            }
        }
        if (start < batch.length) {
            lines.add(Arrays.copyOfRange(batch, start, batch.length));
        }
        return lines;
    }
}
