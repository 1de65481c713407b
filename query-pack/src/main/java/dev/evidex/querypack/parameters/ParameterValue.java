package dev.evidex.querypack.parameters;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A parameter value of its declared type. */
public sealed interface ParameterValue {

    /** The value's canonical text, as receipts record it. */
    String text();

    /** The argument bound for one part of the value ({@code value}, {@code next_day}, ...). */
    SqlArgument part(String part);

    record DateValue(LocalDate date) implements ParameterValue {
        public DateValue {
            requireNonNull(date, "date is null");
        }

        @Override
        public String text() {
            return date.toString();
        }

        @Override
        public SqlArgument part(String part) {
            // Dates bind as ISO text: comparing RFC 3339 times and dt paths with a day's text is exact.
            return new SqlArgument.Text("next_day".equals(part) ? date.plusDays(1).toString() : date.toString());
        }
    }

    record TimestampValue(Instant instant) implements ParameterValue {
        public TimestampValue {
            requireNonNull(instant, "instant is null");
        }

        @Override
        public String text() {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }

        @Override
        public SqlArgument part(String part) {
            return new SqlArgument.Text(text());
        }
    }

    record TextValue(String value) implements ParameterValue {
        public TextValue {
            requireNonNull(value, "value is null");
        }

        @Override
        public String text() {
            return value;
        }

        @Override
        public SqlArgument part(String part) {
            return new SqlArgument.Text(value);
        }
    }

    record VersionRangeValue(VersionRange range) implements ParameterValue {
        public VersionRangeValue {
            requireNonNull(range, "range is null");
        }

        @Override
        public String text() {
            return range.text();
        }

        @Override
        public SqlArgument part(String part) {
            return range.part(part);
        }
    }
}
