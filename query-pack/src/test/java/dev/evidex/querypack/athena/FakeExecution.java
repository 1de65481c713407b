package dev.evidex.querypack.athena;

import static dev.evidex.querypack.athena.FakeAthenaServer.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One query execution of the fake server and its state machine. */
final class FakeExecution {
    private final String id;
    private final String sql;
    private final List<String> parameters;
    private final String database;
    private final double submitted = System.currentTimeMillis() / 1000.0;
    private String state = "QUEUED";
    private int polls;
    private FakeResult result;
    private long engineMillis;
    private long scannedBytes;

    FakeExecution(String id, String sql, List<String> parameters, String database) {
        this.id = id;
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
        this.database = database;
    }

    String id() {
        return id;
    }

    synchronized JsonNode poll(int queuedPolls, int runningPolls, boolean holdRunning, FakeAthenaQueries queries) {
        polls++;
        if (state.equals("QUEUED") && polls > queuedPolls) {
            state = "RUNNING";
        } else if (state.equals("RUNNING") && polls > queuedPolls + runningPolls && !holdRunning) {
            long start = System.nanoTime();
            result = queries.run(sql, parameters, database);
            engineMillis = (System.nanoTime() - start) / 1_000_000;
            scannedBytes = queries.storeBytes();
            state = result.failure().isPresent() ? "FAILED" : "SUCCEEDED";
        }
        return describe();
    }

    synchronized void stop() {
        if (state.equals("QUEUED") || state.equals("RUNNING")) {
            state = "CANCELLED";
        }
    }

    synchronized JsonNode page(String token, int maxResults) throws FakeAthenaError {
        if (!state.equals("SUCCEEDED")) {
            throw new FakeAthenaError(400, "InvalidRequestException",
                    "Query has not yet finished. Current state: " + state);
        }
        // Row 0 is the header row Athena puts first in a SELECT result; tokens are row offsets.
        int offset = token == null ? 0 : Integer.parseInt(token);
        int total = result.rows().size() + 1;
        int end = Math.min(total, offset + maxResults);
        ObjectNode response = JSON.createObjectNode().put("UpdateCount", 0);
        ObjectNode resultSet = response.putObject("ResultSet");
        ArrayNode rows = resultSet.putArray("Rows");
        for (int i = offset; i < end; i++) {
            ArrayNode data = rows.addObject().putArray("Data");
            List<String> values = i == 0 ? result.columns().stream().map(c -> c[0]).toList() : result.rows().get(i - 1);
            values.forEach(v -> {
                ObjectNode datum = data.addObject();
                if (v != null) {
                    datum.put("VarCharValue", v);
                }
            });
        }
        ArrayNode columns = resultSet.putObject("ResultSetMetadata").putArray("ColumnInfo");
        result.columns().forEach(c -> columns.addObject().put("CatalogName", "hive").put("SchemaName", "")
                .put("TableName", "").put("Name", c[0]).put("Label", c[0]).put("Type", c[1]).put("Precision", 0)
                .put("Scale", 0).put("Nullable", "UNKNOWN").put("CaseSensitive", true));
        if (end < total) {
            response.put("NextToken", Integer.toString(end));
        }
        return response;
    }

    private JsonNode describe() {
        ObjectNode execution = JSON.createObjectNode();
        ObjectNode body = execution.putObject("QueryExecution");
        body.put("QueryExecutionId", id).put("Query", sql).put("StatementType", "DML");
        body.putObject("QueryExecutionContext").put("Database", database).put("Catalog", "awsdatacatalog");
        ObjectNode status = body.putObject("Status").put("State", state).put("SubmissionDateTime", submitted);
        if (result != null && result.failure().isPresent()) {
            String reason = result.failure().get();
            status.put("StateChangeReason", reason);
            status.putObject("AthenaError").put("ErrorCategory", 2).put("ErrorType", 1006).put("Retryable", false)
                    .put("ErrorMessage", reason);
        }
        if (state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")) {
            status.put("CompletionDateTime", System.currentTimeMillis() / 1000.0);
        }
        body.putObject("Statistics").put("EngineExecutionTimeInMillis", engineMillis)
                .put("DataScannedInBytes", scannedBytes).put("TotalExecutionTimeInMillis", engineMillis);
        body.put("WorkGroup", "primary");
        return execution;
    }
}
