package dev.evidex.querypack.result;

import dev.evidex.querypack.pack.ResultColumn;
import java.io.IOException;
import java.util.List;

/**
 * Receives a result row by row, so that no engine ever holds a whole result. Values are the text
 * forms both engines agree on (decimal integers, {@code true}/{@code false}); null is SQL NULL.
 */
public interface ResultSink {
    void start(List<ResultColumn> columns) throws IOException;

    void row(List<String> values) throws IOException;

    void finish() throws IOException;
}
