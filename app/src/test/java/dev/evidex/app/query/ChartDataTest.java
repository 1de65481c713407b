package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartDataTest {
    @Test
    void countsRowsPerDayAndSeverity() {
        QuerySpec findings = new QuerySpec("findings", "Findings", "?", List.of(), List.of(), List.of(),
                List.of(new ColumnSpec("time", ColumnKind.TEXT, ""), new ColumnSpec("severity", ColumnKind.TEXT, "")),
                "");
        List<ResultRow> rows = List.of(
                new ResultRow(List.of("2025-01-01T10:00:00Z", "HIGH")),
                new ResultRow(List.of("2025-01-01T11:00:00Z", "HIGH")),
                new ResultRow(List.of("2025-01-02T10:00:00Z", "CRITICAL")));

        ChartData chart = ChartData.of(findings, rows).orElseThrow();

        assertThat(chart.series()).containsOnlyKeys("CRITICAL", "HIGH");
        assertThat(chart.series().get("HIGH")).containsEntry(LocalDate.parse("2025-01-01"), 2L);
        assertThat(chart.valueLabel()).isEqualTo("rows per day");
    }

    @Test
    void sumsACountColumnPerDay() {
        QuerySpec coverage = new QuerySpec("coverage", "Evidence coverage", "?", List.of(), List.of(), List.of(),
                List.of(new ColumnSpec("day", ColumnKind.TEXT, ""), new ColumnSpec("records", ColumnKind.NUMBER, "")),
                "");

        ChartData chart = ChartData.of(coverage, List.of(new ResultRow(List.of("2025-01-01", "40")),
                new ResultRow(List.of("2025-01-02", "2")))).orElseThrow();

        assertThat(chart.series().get("Evidence coverage")).containsEntry(LocalDate.parse("2025-01-01"), 40L);
        assertThat(chart.valueLabel()).isEqualTo("records per day");
    }

    @Test
    void noDayColumnMeansNoChart() {
        QuerySpec plain = new QuerySpec("p", "P", "?", List.of(), List.of(), List.of(),
                List.of(new ColumnSpec("name", ColumnKind.TEXT, "")), "");

        assertThat(ChartData.of(plain, List.of(new ResultRow(List.of("x"))))).isEmpty();
    }
}
