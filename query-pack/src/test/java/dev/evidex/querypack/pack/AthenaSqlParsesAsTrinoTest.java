package dev.evidex.querypack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.SelectItem;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Athena engine v3 is Trino: every Athena text must parse with Trino's own parser. */
final class AthenaSqlParsesAsTrinoTest {
    private static final SqlParser PARSER = new SqlParser();

    static Stream<QueryDefinition> queries() {
        return QueryPack.builtIn().queries().stream();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void athenaTextIsTrinoSql(QueryDefinition query) {
        Statement statement = PARSER.createStatement(query.athenaSql());
        assertThat(statement).isInstanceOf(Query.class);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void athenaTextSelectsTheDeclaredColumnsInOrder(QueryDefinition query) {
        Query parsed = (Query) PARSER.createStatement(query.athenaSql());
        List<SelectItem> items = ((QuerySpecification) parsed.getQueryBody()).getSelect().getSelectItems();
        List<String> names = items.stream().map(AthenaSqlParsesAsTrinoTest::outputName).toList();
        assertThat(names).containsExactlyElementsOf(query.columns().stream().map(ResultColumn::name).toList());
    }

    private static String outputName(SelectItem item) {
        SingleColumn column = (SingleColumn) item;
        if (column.getAlias().isPresent()) {
            return column.getAlias().get().getValue();
        }
        String text = column.getExpression().toString();
        int dot = text.lastIndexOf('.');
        return text.substring(dot + 1).replace("\"", "");
    }
}
