package dev.evidex.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Standard output stays open after a command: closing flushes only. */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
