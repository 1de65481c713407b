package dev.evidex.collector.cluster.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.evidex.collector.cluster.ingest.MalformedInputException;
import dev.evidex.collector.cluster.metrics.Metrics;
import dev.evidex.collector.cluster.provider.EvidenceIndex;
import dev.evidex.collector.cluster.provider.ProviderService;
import dev.evidex.collector.cluster.spool.Spool;
import dev.evidex.collector.cluster.spool.SpoolFullException;
import dev.evidex.verification.json.Json;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /provider}. The answer is sent only after its evidence records are fsynced; if
 * they cannot be, the answer is a system error, which the constraint treats as a denial: no
 * admission decision without its evidence.
 */
public final class ProviderHandler implements HttpHandler {
    private static final long MAX_BODY_BYTES = 1 << 20;
    /** Gatekeeper's provider timeout is a few seconds; answer well within it. */
    private static final long COMMIT_TIMEOUT_MILLIS = 2_000;

    private final ProviderService service;
    private final IndexRefresher refresher;
    private final Spool spool;
    private final Authenticator authenticator;
    private final Metrics metrics;

    public ProviderHandler(ProviderService service, IndexRefresher refresher, Spool spool, Authenticator authenticator,
            Metrics metrics) {
        this.service = requireNonNull(service, "service is null");
        this.refresher = requireNonNull(refresher, "refresher is null");
        this.spool = requireNonNull(spool, "spool is null");
        this.authenticator = requireNonNull(authenticator, "authenticator is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                Exchanges.error(exchange, 405, "use POST");
                return;
            }
            if (!authenticator.authenticated(exchange)) {
                metrics.add("requests_rejected_total", "code=\"401\"", 1);
                Exchanges.error(exchange, 401, "missing or invalid credentials");
                return;
            }
            JsonNode request;
            try {
                request = Json.mapper().readTree(Exchanges.body(exchange, MAX_BODY_BYTES));
            } catch (BodyTooLargeException e) {
                Exchanges.error(exchange, 413, e.getMessage());
                return;
            } catch (IOException e) {
                Exchanges.error(exchange, 400, "invalid JSON: " + Json.describe(e));
                return;
            }
            answer(exchange, request == null ? Json.mapper().createObjectNode() : request);
        }
    }

    private void answer(HttpExchange exchange, JsonNode request) throws IOException {
        String apiVersion = request.path("apiVersion").asText("");
        ProviderService.Answer answer;
        try {
            refresher.refreshIfStale();
            answer = service.answer(request);
        } catch (MalformedInputException e) {
            Exchanges.error(exchange, 400, e.getMessage());
            return;
        }
        try {
            spool.submit(answer.evidence()).get(COMMIT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (SpoolFullException | ExecutionException | TimeoutException e) {
            Exchanges.json(exchange, 200, ProviderService.systemError(apiVersion,
                    "the decision could not be recorded as evidence: " + e.getMessage()));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Exchanges.json(exchange, 200, ProviderService.systemError(apiVersion, "collector is shutting down"));
            return;
        }
        answer.evidence().forEach(item -> metrics.add("provider_keys_total",
                "decision=\"" + item.record().path("decision").asText() + "\"", 1));
        Exchanges.json(exchange, 200, answer.response());
    }

    /** Keeps the index fresh: on a schedule, and on demand at most once per interval. */
    public static final class IndexRefresher {
        private final EvidenceIndex index;
        private final long minimumIntervalNanos;
        private long lastRefresh;

        public IndexRefresher(EvidenceIndex index, long minimumIntervalMillis) {
            this.index = requireNonNull(index, "index is null");
            this.minimumIntervalNanos = TimeUnit.MILLISECONDS.toNanos(minimumIntervalMillis);
            this.lastRefresh = System.nanoTime() - minimumIntervalNanos;
        }

        public synchronized void refreshIfStale() {
            if (System.nanoTime() - lastRefresh < minimumIntervalNanos) {
                return;
            }
            lastRefresh = System.nanoTime();
            try {
                index.refresh();
            } catch (IOException e) {
                // Answers then come from what is already indexed; the next refresh tries again.
            }
        }
    }
}
