package dev.evidex.app.bench;

import dev.evidex.querypack.pack.ResultColumn;
import dev.evidex.querypack.result.ResultSink;
import java.util.List;

/** Consumes rows without keeping them, as a stream to /dev/null would. */
final class CountingSink implements ResultSink {
    private long rows;

    @Override
    public void start(List<ResultColumn> columns) {
        rows = 0;
    }

    @Override
    public void row(List<String> values) {
        rows++;
    }

    @Override
    public void finish() {
        // nothing buffered
    }

    long rows() {
        return rows;
    }
}
