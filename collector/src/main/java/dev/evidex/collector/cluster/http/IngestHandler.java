package dev.evidex.collector.cluster.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.evidex.collector.cluster.ingest.Batch;
import dev.evidex.collector.cluster.ingest.Evidence;
import dev.evidex.collector.cluster.ingest.MalformedInputException;
import dev.evidex.collector.cluster.metrics.Metrics;
import dev.evidex.collector.cluster.spool.CommitResult;
import dev.evidex.collector.cluster.spool.Spool;
import dev.evidex.collector.cluster.spool.SpoolFullException;
import dev.evidex.verification.json.Json;
import dev.evidex.verification.store.RecordLines;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An ingest endpoint: authenticate, read a bounded body, parse all of it (a malformed body
 * records nothing), spool the evidence and answer 200 only once it is fsynced.
 */
public final class IngestHandler implements HttpHandler {
    /** How a body becomes evidence. */
    @FunctionalInterface
    public interface Parser {
        Batch parse(byte[] body) throws MalformedInputException;
    }

    private static final long COMMIT_TIMEOUT_SECONDS = 30;

    private final String endpoint;
    private final Parser parser;
    private final Spool spool;
    private final Authenticator authenticator;
    private final Metrics metrics;
    private final long maxBodyBytes;

    public IngestHandler(String endpoint, Parser parser, Spool spool, Authenticator authenticator, Metrics metrics,
            long maxBodyBytes) {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
        this.parser = requireNonNull(parser, "parser is null");
        this.spool = requireNonNull(spool, "spool is null");
        this.authenticator = requireNonNull(authenticator, "authenticator is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                reject(exchange, 405, "use POST");
                return;
            }
            if (!authenticator.authenticated(exchange)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                reject(exchange, 401, "missing or invalid credentials");
                return;
            }
            Batch batch;
            try {
                batch = parser.parse(Exchanges.body(exchange, maxBodyBytes));
                batch.evidence().forEach(IngestHandler::check);
            } catch (BodyTooLargeException e) {
                reject(exchange, 413, e.getMessage());
                return;
            } catch (MalformedInputException | IllegalArgumentException e) {
                reject(exchange, 400, e.getMessage());
                return;
            }
            record(exchange, batch, started);
        }
    }

    private void record(HttpExchange exchange, Batch batch, long started) throws IOException {
        metrics.add("events_received_total", "endpoint=\"" + endpoint + "\"", batch.received());
        batch.dropped().forEach((reason, count) -> metrics.add("events_dropped_total", "reason=\"" + reason + "\"", count));
        CommitResult result;
        try {
            result = spool.submit(batch.evidence()).get(COMMIT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            reject(exchange, 400, e.getMessage());
            return;
        } catch (SpoolFullException e) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            reject(exchange, 503, e.getMessage());
            return;
        } catch (ExecutionException | TimeoutException e) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            reject(exchange, 503, "events could not be made durable: " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reject(exchange, 503, "shutting down");
            return;
        }
        metrics.add("events_accepted_total", "endpoint=\"" + endpoint + "\"", result.accepted());
        metrics.add("events_duplicate_total", result.duplicates());
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("received", batch.received());
        body.put("accepted", result.accepted());
        body.put("duplicates", result.duplicates());
        body.put("dropped", batch.droppedTotal());
        metrics.observeAckLatency(System.nanoTime() - started);
        Exchanges.json(exchange, 200, body);
    }

    /** Refuses up front what the store would refuse at sealing time, so a bad record never blocks a batch. */
    private static void check(Evidence evidence) {
        RecordLines.validate(evidence.record());
    }

    private void reject(HttpExchange exchange, int status, String message) throws IOException {
        metrics.add("requests_rejected_total", "code=\"" + status + "\"", 1);
        Exchanges.error(exchange, status, message);
    }
}
