package dev.evidex.app.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Table columns over immutable records: the cell value is an accessor's result. */
public final class Columns {
    private Columns() {}

    public static <S, T> void bind(TableColumn<S, T> column, Function<S, T> accessor) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == null ? null : accessor.apply(cell.getValue())));
    }

    /** Long text (check details, failure descriptions) wraps instead of being cut off. */
    public static <S> void wrapping(TableColumn<S, String> column) {
        column.setCellFactory(view -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                text.getStyleClass().add("wrapping-cell-text");
                setGraphic(text);
                setPrefHeight(USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
            }
        });
    }
}
