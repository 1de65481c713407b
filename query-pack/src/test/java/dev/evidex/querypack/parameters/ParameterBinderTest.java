package dev.evidex.querypack.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.pack.QueryPack;
import dev.evidex.querypack.testing.FixedClock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ParameterBinderTest {
    private final ParameterBinder binder = new ParameterBinder(FixedClock.endOfMarch2024());

    private static QueryDefinition query(String id) {
        return QueryPack.builtIn().find(id).orElseThrow();
    }

    @Test
    void defaultsAreResolvedAgainstTheClock() throws Exception {
        BoundQuery bound = binder.bind(query("rejected-admissions"), Map.of());
        assertThat(bound.valueTexts()).containsExactly(Map.entry("from", "2024-01-01"), Map.entry("to", "2024-03-31"),
                Map.entry("cluster", ""), Map.entry("namespace", ""));
        assertThat(bound.arguments()).containsExactly(new SqlArgument.Text("2024-01-01"),
                new SqlArgument.Text("2024-01-01"), new SqlArgument.Text("2024-04-01"), new SqlArgument.Text(""),
                new SqlArgument.Text(""), new SqlArgument.Text(""), new SqlArgument.Text(""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rejected-admissions|colour=red|unknown parameter 'colour' for query rejected-admissions (parameters: from, to, cluster, namespace)",
        "rejected-admissions|from=yesterday|parameter 'from' expects a date (YYYY-MM-DD, 'today' or 'today-<n>d'), got 'yesterday'",
        "rejected-admissions|to=2024-02-30|parameter 'to' expects a date (YYYY-MM-DD, 'today' or 'today-<n>d'), got '2024-02-30'",
        "scan-gate-outcomes|decision=maybe|parameter 'decision' expects one of fail, pass, all, got 'maybe'",
        "component-in-version-range|versions=~1.0|parameter 'versions' expects a version range such as '<2.17.1', '>=2.0,<2.17.1' or '=2.14.1', got '~1.0'",
        "component-in-version-range|versions=<1,<2|parameter 'versions' expects a version range such as '<2.17.1', '>=2.0,<2.17.1' or '=2.14.1', got '<1,<2'",
        "image-provenance||missing required parameter 'digest' for query image-provenance (image digest, sha256:<hex>)",
    })
    void badInputIsRejectedWithAPreciseMessage(String id, String given, String message) {
        Map<String, String> parameters = given == null ? Map.of()
                : Map.of(given.substring(0, given.indexOf('=')), given.substring(given.indexOf('=') + 1));
        assertThatThrownBy(() -> binder.bind(query(id), parameters))
                .isInstanceOf(ParameterInputException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<2.17.1|0|true|2.17.1|false|<2.17.1",
        ">=2.0,<2.17.1|2.0|true|2.17.1|false|>=2.0,<2.17.1",
        "=2.14.1|2.14.1|true|2.14.1|true|=2.14.1",
        "2.14.1|2.14.1|true|2.14.1|true|=2.14.1",
        ">1.0|1.0|false|9223372036854775807|false|>1.0",
    })
    void versionRangesBindTheirBounds(String text, String lower, boolean lowerInclusive, String upper,
            boolean upperInclusive, String canonical) throws Exception {
        BoundQuery bound = binder.bind(query("component-in-version-range"), Map.of("versions", text));
        assertThat(bound.arguments().subList(2, 8)).containsExactly(new SqlArgument.Text(lower),
                new SqlArgument.Flag(lowerInclusive), new SqlArgument.Text(lower), new SqlArgument.Text(upper),
                new SqlArgument.Flag(upperInclusive), new SqlArgument.Text(upper));
        assertThat(bound.valueTexts()).containsEntry("versions", canonical);
    }

    @Test
    void athenaLiteralsKeepAQuotedValueOneString() {
        assertThat(new SqlArgument.Text("x' OR '1'='1").athenaLiteral()).isEqualTo("'x'' OR ''1''=''1'");
        assertThat(new SqlArgument.Flag(true).athenaLiteral()).isEqualTo("true");
        assertThat(new SqlArgument.Number(-5).athenaLiteral()).isEqualTo("-5");
    }
}
