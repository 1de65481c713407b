package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A per-day chart derived from a result, for questions people would rather look at: admission
 * denials per day, findings by severity over time, evidence coverage per day. A result gets a
 * chart when it has a day or time column; series come from a {@code severity} (or {@code stream},
 * {@code decision}) column; the value is a {@code count}-like numeric column, or the rows per day.
 */
public record ChartData(String title, String valueLabel, SortedMap<String, SortedMap<LocalDate, Long>> series) {
    private static final List<String> DAY_COLUMNS = List.of("day", "date", "dt", "time");
    private static final List<String> SERIES_COLUMNS = List.of("severity", "stream", "decision");
    private static final List<String> VALUE_COLUMNS = List.of("count", "records", "findings", "denials", "events");

    public ChartData {
        requireNonNull(title, "title is null");
        requireNonNull(valueLabel, "valueLabel is null");
        requireNonNull(series, "series is null");
    }

    public static Optional<ChartData> of(QuerySpec query, List<ResultRow> rows) {
        List<String> names = query.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        int day = firstOf(names, DAY_COLUMNS);
        if (day < 0 || rows.isEmpty()) {
            return Optional.empty();
        }
        int seriesColumn = firstOf(names, SERIES_COLUMNS);
        int value = firstOf(names, VALUE_COLUMNS);
        if (value >= 0 && query.columns().get(value).kind() != ColumnKind.NUMBER) {
            value = -1;
        }
        SortedMap<String, SortedMap<LocalDate, Long>> series = new TreeMap<>();
        for (ResultRow row : rows) {
            Optional<LocalDate> date = date(row.value(day));
            if (date.isEmpty()) {
                continue;
            }
            String name = seriesColumn < 0 ? query.title() : String.valueOf(row.value(seriesColumn));
            long amount = value < 0 ? 1 : number(row.value(value));
            series.computeIfAbsent(name, key -> new TreeMap<>()).merge(date.get(), amount, Long::sum);
        }
        if (series.isEmpty()) {
            return Optional.empty();
        }
        String valueLabel = value < 0 ? "rows per day" : query.columns().get(value).name() + " per day";
        return Optional.of(new ChartData(query.title(), valueLabel, series));
    }

    private static int firstOf(List<String> names, List<String> candidates) {
        for (String candidate : candidates) {
            int index = names.indexOf(candidate);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    private static Optional<LocalDate> date(String text) {
        if (text == null || text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
