package dev.evidex.app.query;

import dev.evidex.app.common.Messages;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Shows a result's per-day chart (stacked by severity, stream or decision where the result has one). */
final class Charts {
    private Charts() {}

    static void show(StackPane pane, Optional<ChartData> data) {
        pane.getChildren().setAll(data.<javafx.scene.Node>map(Charts::chart)
                .orElseGet(() -> new Label(Messages.get("chart.none"))));
    }

    private static StackedBarChart<String, Number> chart(ChartData data) {
        CategoryAxis days = new CategoryAxis();
        days.setLabel(Messages.get("chart.day"));
        NumberAxis values = new NumberAxis();
        values.setLabel(data.valueLabel());
        StackedBarChart<String, Number> chart = new StackedBarChart<>(days, values);
        chart.setId("resultChart");
        chart.setTitle(data.title());
        chart.setAnimated(false);
        TreeSet<LocalDate> allDays = new TreeSet<>();
        data.series().values().forEach(series -> allDays.addAll(series.keySet()));
        days.getCategories().setAll(allDays.stream().map(LocalDate::toString).toList());
        for (var entry : data.series().entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(entry.getKey());
            SortedMap<LocalDate, Long> points = entry.getValue();
            points.forEach((day, value) -> series.getData().add(new XYChart.Data<>(day.toString(), value)));
            chart.getData().add(series);
        }
        return chart;
    }
}
