package dev.evidex.querypack.athena;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server speaking Athena's JSON 1.1 protocol ({@code X-Amz-Target: AmazonAthena.*}) for the
 * real SDK client. Queries move QUEUED -> RUNNING -> SUCCEEDED/FAILED over successive polls and run
 * on DuckDB over a store's batch objects: a pack query's Athena text is replaced by the pack's DuckDB
 * text of the same query (other SQL runs as written); execution parameters are parsed as Trino
 * literals, exactly one literal each, and bound as JDBC values.
 */
public final class FakeAthenaServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final FakeAthenaQueries queries;
    private final Map<String, FakeExecution> executions = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<String> deniedWorkgroups = ConcurrentHashMap.newKeySet();
    private final List<JsonNode> startRequests = new ArrayList<>();
    private final Set<String> accessKeyIds = ConcurrentHashMap.newKeySet();
    private volatile int queuedPolls = 1;
    private volatile int runningPolls = 1;
    private volatile boolean holdRunning;

    private FakeAthenaServer(Path store) throws Exception {
        queries = new FakeAthenaQueries(store);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static FakeAthenaServer start(Path store) throws Exception {
        return new FakeAthenaServer(store);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public void denyWorkgroup(String workgroup) {
        deniedWorkgroups.add(workgroup);
    }

    public void setPolls(int queued, int running) {
        queuedPolls = queued;
        runningPolls = running;
    }

    /** Keeps queries RUNNING until StopQueryExecution arrives. */
    public void holdRunning(boolean hold) {
        holdRunning = hold;
    }

    public int requests(String operation) {
        return requests.getOrDefault(operation, new AtomicInteger()).get();
    }

    public synchronized List<JsonNode> startRequests() {
        return List.copyOf(startRequests);
    }

    /** The access key ids the requests were signed with (SigV4 {@code Credential=<id>/...}). */
    public Set<String> accessKeyIds() {
        return Set.copyOf(accessKeyIds);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            String operation = target.substring(target.indexOf('.') + 1);
            requests.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
            recordAccessKey(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            try {
                respond(exchange, 200, dispatch(operation, request));
            } catch (FakeAthenaError error) {
                ObjectNode body = JSON.createObjectNode().put("__type", error.type()).put("Message", error.getMessage());
                respond(exchange, error.status(), body);
            }
        }
    }

    private void recordAccessKey(String authorization) {
        int at = authorization.indexOf("Credential=");
        if (at >= 0) {
            int end = authorization.indexOf('/', at);
            accessKeyIds.add(authorization.substring(at + "Credential=".length(), end < 0 ? authorization.length() : end));
        }
    }

    private JsonNode dispatch(String operation, JsonNode request) throws FakeAthenaError {
        switch (operation) {
            case "StartQueryExecution":
                return startQuery(request);
            case "GetQueryExecution":
                return execution(request).poll(queuedPolls, runningPolls, holdRunning, queries);
            case "GetQueryResults":
                return execution(request).page(request.path("NextToken").asText(null),
                        request.path("MaxResults").asInt(1000));
            case "StopQueryExecution":
                execution(request).stop();
                return JSON.createObjectNode();
            default:
                throw new FakeAthenaError(400, "UnknownOperationException", "unknown operation " + operation);
        }
    }

    private JsonNode startQuery(JsonNode request) throws FakeAthenaError {
        synchronized (this) {
            startRequests.add(request);
        }
        String workgroup = request.path("WorkGroup").asText("primary");
        if (deniedWorkgroups.contains(workgroup)) {
            throw new FakeAthenaError(400, "AccessDeniedException", "User: arn:aws:iam::123456789012:user/auditor"
                    + " is not authorized to perform: athena:StartQueryExecution on resource:"
                    + " arn:aws:athena:eu-west-1:123456789012:workgroup/" + workgroup);
        }
        List<String> parameters = new ArrayList<>();
        request.path("ExecutionParameters").forEach(p -> parameters.add(p.asText()));
        FakeExecution execution = new FakeExecution(UUID.randomUUID().toString(), request.path("QueryString").asText(),
                parameters, request.path("QueryExecutionContext").path("Database").asText("default"));
        executions.put(execution.id(), execution);
        return JSON.createObjectNode().put("QueryExecutionId", execution.id());
    }

    private FakeExecution execution(JsonNode request) throws FakeAthenaError {
        FakeExecution execution = executions.get(request.path("QueryExecutionId").asText());
        if (execution == null) {
            throw new FakeAthenaError(400, "InvalidRequestException", "QueryExecution "
                    + request.path("QueryExecutionId").asText() + " was not found");
        }
        return execution;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        queries.close();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
