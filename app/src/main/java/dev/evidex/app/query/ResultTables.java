package dev.evidex.app.query;

import dev.evidex.app.common.Messages;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The results table: virtualised rows over the view model's sorted, filtered list; columns from
 * the query; copy cell or row; the table menu button is the column chooser; Enter or a double
 * click opens the record behind a row.
 */
final class ResultTables {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private ResultTables() {}

    static void bind(TableView<ResultRow> table, QueryViewModel viewModel, Consumer<ResultRow> inspect) {
        // Rows are sorted on their packed bytes, not on decoded cell texts: a million rows sort without
        // creating tens of millions of strings. The header's sort order decides the comparator.
        table.setSortPolicy(view -> {
            if (view.getItems() instanceof SortedList<ResultRow> sorted) {
                sorted.setComparator(comparator(view, viewModel.columns()));
            }
            return true;
        });
        show(table, viewModel.sortedRows(), viewModel.columns());
        viewModel.viewProperty().addListener((observable, before, after) -> show(table, after, viewModel.columns()));
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setFixedCellSize(26);
        rebuildColumns(table, viewModel);
        viewModel.columns().addListener((ListChangeListener<ColumnSpec>) change -> rebuildColumns(table, viewModel));
        viewModel.viewProperty().addListener((observable, before, after) -> fitColumns(table, viewModel.rows()));
        table.setRowFactory(view -> {
            TableRow<ResultRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    inspect.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copyCell(table);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                selected(table).ifPresent(inspect);
                event.consume();
            }
        });
        MenuItem copyCell = new MenuItem(Messages.get("query.copyCell"));
        copyCell.setOnAction(event -> copyCell(table));
        MenuItem copyRow = new MenuItem(Messages.get("query.copyRow"));
        copyRow.setOnAction(event -> selected(table).ifPresent(row -> Clipboards.copy(tsv(row))));
        MenuItem open = new MenuItem(Messages.get("query.inspect"));
        open.setOnAction(event -> selected(table).ifPresent(inspect));
        table.setContextMenu(new ContextMenu(copyCell, copyRow, open));
    }

    private static void show(TableView<ResultRow> table, SortedList<ResultRow> rows, List<ColumnSpec> columns) {
        rows.setComparator(comparator(table, columns));
        table.setItems(rows);
    }

    /** The table's sort order as one comparator over rows; null (source order) when nothing is sorted. */
    private static Comparator<ResultRow> comparator(TableView<ResultRow> table, List<ColumnSpec> columns) {
        Comparator<ResultRow> result = null;
        for (TableColumn<ResultRow, ?> column : table.getSortOrder()) {
            if (!(column.getUserData() instanceof Integer index) || index >= columns.size()) {
                continue;
            }
            Comparator<ResultRow> one = columns.get(index).kind() == ColumnKind.NUMBER
                    ? Comparator.comparingLong(row -> row.longValue(index)) : (a, b) -> a.compareText(b, index);
            one = column.getSortType() == TableColumn.SortType.DESCENDING ? one.reversed() : one;
            result = result == null ? one : result.thenComparing(one);
        }
        return result;
    }

    private static void rebuildColumns(TableView<ResultRow> table, QueryViewModel viewModel) {
        table.getColumns().clear();
        for (int i = 0; i < viewModel.columns().size(); i++) {
            ColumnSpec spec = viewModel.columns().get(i);
            int position = i;
            TableColumn<ResultRow, String> column = new TableColumn<>(spec.name());
            column.setId("column-" + spec.name());
            column.setUserData(position);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().value(position)));
            column.setComparator(comparator(spec.kind()));
            column.setPrefWidth(Math.max(90, Math.min(260, spec.name().length() * 11 + 40)));
            table.getColumns().add(column);
        }
    }

    /** Widths from the header and a sample of the values, so a million rows cost no more than a hundred. */
    private static void fitColumns(TableView<ResultRow> table, java.util.List<ResultRow> rows) {
        int sample = Math.min(rows.size(), 200);
        for (int i = 0; i < table.getColumns().size(); i++) {
            int longest = table.getColumns().get(i).getText().length() + 2;
            for (int r = 0; r < sample; r++) {
                String value = rows.get(r).value(i);
                longest = Math.max(longest, value == null ? 0 : value.length());
            }
            table.getColumns().get(i).setPrefWidth(Math.min(420, Math.max(70, longest * 7.6 + 24)));
        }
    }

    static Comparator<String> comparator(ColumnKind kind) {
        Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
        if (kind != ColumnKind.NUMBER) {
            return text;
        }
        return Comparator.nullsFirst(Comparator.comparingLong(ResultTables::number));
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private static java.util.Optional<ResultRow> selected(TableView<ResultRow> table) {
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private static void copyCell(TableView<ResultRow> table) {
        if (table.getSelectionModel().getSelectedCells().isEmpty()) {
            return;
        }
        TablePosition<?, ?> position = table.getSelectionModel().getSelectedCells().get(0);
        Object value = position.getTableColumn() == null ? null : position.getTableColumn().getCellData(position.getRow());
        Clipboards.copy(value == null ? "" : value.toString());
    }

    static String tsv(ResultRow row) {
        return row.values().stream().map(value -> value == null ? "" : value).collect(Collectors.joining("\t"));
    }
}
