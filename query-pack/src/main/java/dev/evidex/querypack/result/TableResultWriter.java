package dev.evidex.querypack.result;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.pack.ResultColumn;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals. Column widths come from the first rows only (held back until
 * {@value #SAMPLE_ROWS} have arrived), so a large result still streams; longer values are cut.
 */
public final class TableResultWriter implements ResultSink {
    static final int SAMPLE_ROWS = 200;
    private static final int MAX_WIDTH = 72;

    private final Writer out;
    private final List<List<String>> sample = new ArrayList<>();
    private List<ResultColumn> columns = List.of();
    private int[] widths;
    private long rows;

    public TableResultWriter(Writer out) {
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public void start(List<ResultColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public void row(List<String> values) throws IOException {
        rows++;
        if (widths == null) {
            sample.add(values);
            if (sample.size() == SAMPLE_ROWS) {
                flushSample();
            }
        } else {
            line(values);
        }
    }

    @Override
    public void finish() throws IOException {
        if (widths == null) {
            flushSample();
        }
        out.write("(" + rows + (rows == 1 ? " row)" : " rows)") + System.lineSeparator());
        out.flush();
    }

    private void flushSample() throws IOException {
        widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).name().length();
            for (List<String> row : sample) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, display(row.get(i)).length()));
            }
        }
        line(columns.stream().map(ResultColumn::name).toList());
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(rule);
        for (List<String> row : sample) {
            line(row);
        }
        sample.clear();
    }

    private void line(List<String> values) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String value = display(values.get(i));
            if (value.length() > widths[i]) {
                value = value.substring(0, Math.max(0, widths[i] - 1)) + "~";
            }
            text.append(i == 0 ? "" : "  ").append(value).append(" ".repeat(widths[i] - value.length()));
        }
        out.write(text.toString().stripTrailing() + System.lineSeparator());
    }

    private static String display(String value) {
        return value == null ? "NULL" : value.replace('\n', ' ').replace('\r', ' ');
    }
}
