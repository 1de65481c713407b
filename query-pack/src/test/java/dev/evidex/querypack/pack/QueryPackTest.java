package dev.evidex.querypack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

final class QueryPackTest {
    static Stream<QueryDefinition> queries() {
        return QueryPack.builtIn().queries().stream();
    }

    @Test
    void theBuiltInPackHasTheTenAuditQuestions() {
        QueryPack pack = QueryPack.builtIn();
        assertThat(pack.version()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
        assertThat(pack.queries()).extracting(QueryDefinition::id).containsExactly(
                "signed-images-in-production", "new-dependencies-by-deployment", "rejected-admissions",
                "component-in-version-range", "scan-gate-outcomes", "admitted-without-evidence",
                "image-provenance", "evidence-coverage", "seal-key-rotation", "vulnerability-time-to-fix");
    }

    @ParameterizedTest
    @MethodSource("queries")
    void everyQueryMapsToControlsAndStatesItsQuestion(QueryDefinition query) {
        assertThat(query.question()).contains("?");
        assertThat(query.controls().hitrust()).allMatch(c -> c.matches("[0-9]{2}\\.[a-z]{1,2} .+"));
        assertThat(query.controls().hipaa()).allMatch(c -> c.startsWith("164."));
        assertThat(query.columns()).allSatisfy(c -> assertThat(c.meaning()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("queries")
    void placeholdersMatchBindingsInBothDialects(QueryDefinition query) {
        for (Dialect dialect : Dialect.values()) {
            assertThat(SqlPlaceholders.count(query.sql(dialect))).isEqualTo(query.bindings().size());
        }
    }

    @ParameterizedTest
    @MethodSource("queries")
    void sqlTextsNeverSpliceValues(QueryDefinition query) {
        for (Dialect dialect : Dialect.values()) {
            assertThat(query.sql(dialect)).doesNotContain("${").doesNotContain("%s");
        }
    }

    @Test
    void placeholdersInsideLiteralsAndCommentsDoNotCount() {
        assertThat(SqlPlaceholders.count("SELECT '?', \"a?\" -- ?\n FROM t /* ? */ WHERE x = ? AND y = 'it''s?'"))
                .isEqualTo(1);
    }

    @Test
    void aBindingToAnUnknownPartIsRejected() {
        QueryDefinition broken = copyWithBindings(QueryPack.builtIn().find("rejected-admissions").orElseThrow(),
                List.of("from.lower", "from", "to.next_day", "cluster", "cluster", "namespace", "namespace"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QueryValidator(broken).validate())
                .isInstanceOf(PackValidationException.class)
                .hasMessage("rejected-admissions: binding 'from.lower': a date has no part 'lower'");
    }

    @Test
    void anUnboundParameterIsRejected() {
        QueryDefinition query = QueryPack.builtIn().find("seal-key-rotation").orElseThrow();
        QueryDefinition broken = new QueryDefinition(query.id(), query.title(), query.question(), query.controls(),
                Stream.concat(query.parameters().stream(), Stream.of(new QueryParameter("extra", ParameterType.STRING,
                        java.util.Optional.of(""), "unused", List.of()))).toList(),
                query.bindings(), query.columns(), query.athenaSql(), query.duckDbSql());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QueryValidator(broken).validate())
                .hasMessage("seal-key-rotation: parameter extra is declared but never bound");
    }

    @Test
    void aPlaceholderCountMismatchIsRejected() {
        QueryDefinition query = QueryPack.builtIn().find("seal-key-rotation").orElseThrow();
        QueryDefinition broken = new QueryDefinition(query.id(), query.title(), query.question(), query.controls(),
                query.parameters(), List.of(BindReference.parse("purpose"), BindReference.parse("purpose")),
                query.columns(), query.athenaSql(), query.duckDbSql());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QueryValidator(broken).validate())
                .hasMessage("seal-key-rotation: ATHENA SQL has 1 placeholders but 2 bindings are declared");
    }

    private static QueryDefinition copyWithBindings(QueryDefinition query, List<String> bindings) {
        return new QueryDefinition(query.id(), query.title(), query.question(), query.controls(), query.parameters(),
                bindings.stream().map(BindReference::parse).toList(), query.columns(), query.athenaSql(),
                query.duckDbSql());
    }
}
