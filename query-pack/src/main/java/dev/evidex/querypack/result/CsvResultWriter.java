package dev.evidex.querypack.result;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.pack.ResultColumn;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV with a header row; SQL NULL is an empty field. */
public final class CsvResultWriter implements ResultSink {
    private final Writer out;

    public CsvResultWriter(Writer out) {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public void start(List<ResultColumn> columns) throws IOException {
        line(columns.stream().map(ResultColumn::name).toList());
    }

    @Override
    public void row(List<String> values) throws IOException {
        line(values);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void line(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
