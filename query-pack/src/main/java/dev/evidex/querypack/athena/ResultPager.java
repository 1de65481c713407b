package dev.evidex.querypack.athena;

import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.FailureKind;
import dev.evidex.querypack.engine.QueryExecutionException;
import dev.evidex.querypack.pack.QueryDefinition;
import dev.evidex.querypack.result.ResultSink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * Streams GetQueryResults pages (NextToken) into the sink; only one page is held at a time. Athena
 * repeats the column names as the first row of the first page of a SELECT: that row is skipped.
 */
final class ResultPager {
    private final AthenaClient client;
    private final AthenaSettings settings;

    ResultPager(AthenaClient client, AthenaSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    void stream(String executionId, QueryDefinition query, ResultSink sink, Cancellation cancellation)
            throws QueryExecutionException, IOException {
        String token = null;
        boolean first = true;
        do {
            GetQueryResultsResponse page = page(executionId, token);
            List<Row> rows = page.resultSet().rows();
            int skip = 0;
            if (first) {
                List<ColumnInfo> columns = page.resultSet().resultSetMetadata().columnInfo();
                check(executionId, query, columns);
                sink.start(query.columns());
                skip = !rows.isEmpty() && isHeader(rows.get(0), columns) ? 1 : 0;
                first = false;
            }
            for (Row row : rows.subList(skip, rows.size())) {
                sink.row(values(row));
            }
            token = page.nextToken();
        } while (token != null && !cancellation.isCancelled());
        sink.finish();
    }

    private GetQueryResultsResponse page(String executionId, String token) throws QueryExecutionException {
        try {
            return client.getQueryResults(r -> r.queryExecutionId(executionId).nextToken(token)
                    .maxResults(settings.pageSize()));
        } catch (AthenaException e) {
            throw new QueryExecutionException(AthenaFailures.ofServiceError(e), AthenaFailures.serviceMessage(e),
                    Optional.of(executionId), e);
        }
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>(row.data().size());
        for (Datum datum : row.data()) {
            values.add(datum.varCharValue());
        }
        return values;
    }

    private static boolean isHeader(Row row, List<ColumnInfo> columns) {
        if (row.data().size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).name().equals(row.data().get(i).varCharValue())) {
                return false;
            }
        }
        return true;
    }

    private static void check(String executionId, QueryDefinition query, List<ColumnInfo> columns)
            throws QueryExecutionException {
        List<String> expected = query.columns().stream()
                .map(c -> c.name() + " " + c.type().resourceName()).toList();
        List<String> found = columns.stream()
                .map(c -> c.name() + " " + c.type().toLowerCase(Locale.ROOT)).toList();
        if (!expected.equals(found)) {
            throw new QueryExecutionException(FailureKind.ENGINE_ERROR, "query " + query.id() + " returned "
                    + found + " but declares " + expected, Optional.of(executionId));
        }
    }

}
