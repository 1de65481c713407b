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
    void anEmptyRowHasNoValues() {
        ResultRow row = new ResultRow(List.of());

        assertThat(row.size()).isZero();
        assertThat(row.values()).isEmpty();
        assertThat(row.value(0)).isNull();
    }
}
