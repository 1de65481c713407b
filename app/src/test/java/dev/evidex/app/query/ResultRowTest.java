package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultRowTest {
    @Test
    void keepsEveryValueNullsEmptyTextAndNonAsciiInOrder() {
        String long300 = "x".repeat(300);
        List<String> values = Arrays.asList("prod-eu", null, "", "Zürich — 東京", long300, "42");
        ResultRow row = new ResultRow(values);

        assertThat(row.size()).isEqualTo(6);
        assertThat(row.values()).containsExactlyElementsOf(values);
        assertThat(row.value(1)).isNull();
        assertThat(row.value(2)).isEmpty();
        assertThat(row.value(3)).isEqualTo("Zürich — 東京");
        assertThat(row.value(4)).isEqualTo(long300);
        assertThat(row.value(5)).isEqualTo("42");
        assertThat(row.value(6)).isNull();
        assertThat(row.contains("zürich")).isTrue();
        assertThat(row.contains("paris")).isFalse();
        assertThat(row.toString()).isEqualTo("prod-eu\t\t\tZürich — 東京\t" + long300 + "\t42");
    }

    @Test
    void comparesTextAndNumbersWithoutDecodingAsStringsWould() {
        List<String> texts = Arrays.asList("b", null, "a", "ab", "", "Zürich", "Zebra", "é");
        List<ResultRow> rows = texts.stream().map(text -> new ResultRow(Arrays.asList("x", text))).toList();
        for (ResultRow left : rows) {
            for (ResultRow right : rows) {
                String a = left.value(1);
                String b = right.value(1);
                int expected = a == null || b == null ? Boolean.compare(a != null, b != null) : a.compareTo(b);
                assertThat(Integer.signum(left.compareText(right, 1))).as("%s vs %s", a, b)
                        .isEqualTo(Integer.signum(expected));
            }
        }
        assertThat(new ResultRow(List.of("-42")).longValue(0)).isEqualTo(-42);
        assertThat(new ResultRow(List.of("1234567890123")).longValue(0)).isEqualTo(1_234_567_890_123L);
        assertThat(new ResultRow(List.of("9223372036854775807")).longValue(0)).isEqualTo(Long.MAX_VALUE);
        assertThat(new ResultRow(List.of("12.5")).longValue(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(new ResultRow(List.of("-")).longValue(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(new ResultRow(Arrays.asList((String) null)).longValue(0)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void anEmptyRowHasNoValues() {
        ResultRow row = new ResultRow(List.of());

        assertThat(row.size()).isZero();
        assertThat(row.values()).isEmpty();
        assertThat(row.value(0)).isNull();
    }
}
