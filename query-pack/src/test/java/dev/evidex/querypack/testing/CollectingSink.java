package dev.evidex.querypack.testing;

import dev.evidex.querypack.pack.ResultColumn;
import dev.evidex.querypack.result.ResultSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps a (small) result in memory for assertions. */
public final class CollectingSink implements ResultSink {
    private final List<List<String>> rows = new ArrayList<>();
    private List<ResultColumn> columns = List.of();
    private boolean finished;

    @Override
    public void start(List<ResultColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public void row(List<String> values) {
        rows.add(new ArrayList<>(values));
    }

    @Override
    public void finish() {
        finished = true;
    }

    public List<List<String>> rows() {
        return rows;
    }

    public List<String> columnNames() {
        return columns.stream().map(ResultColumn::name).toList();
    }

    public boolean finished() {
        return finished;
    }

    /** One column of every row, by name. */
    public List<String> column(String name) {
        int position = columnNames().indexOf(name);
        return rows.stream().map(r -> r.get(position)).toList();
    }
}
