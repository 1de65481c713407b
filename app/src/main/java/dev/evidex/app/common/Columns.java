package dev.evidex.app.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns over immutable records: the cell value is an accessor's result. */
public final class Columns {
    private Columns() {}

    public static <S, T> void bind(TableColumn<S, T> column, Function<S, T> accessor) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == null ? null : accessor.apply(cell.getValue())));
    }
}
