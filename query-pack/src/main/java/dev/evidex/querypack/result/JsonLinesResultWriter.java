package dev.evidex.querypack.result;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.pack.ResultColumn;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One JSON object per row (JSON Lines), members in column order with typed values. */
public final class JsonLinesResultWriter implements ResultSink {
    private final Writer out;
    private List<ResultColumn> columns = List.of();

    public JsonLinesResultWriter(Writer out) {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public void start(List<ResultColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public void row(List<String> values) throws IOException {
        StringBuilder line = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            ResultColumn column = columns.get(i);
            line.append(i == 0 ? "" : ",").append(JsonText.quote(column.name())).append(':')
                    .append(JsonText.value(values.get(i), column.type()));
        }
        out.write(line.append("}\n").toString());
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
