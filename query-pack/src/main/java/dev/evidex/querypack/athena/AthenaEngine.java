package dev.evidex.querypack.athena;

import static java.util.Objects.requireNonNull;

import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.ExecutionSummary;
import dev.evidex.querypack.engine.FailureKind;
import dev.evidex.querypack.engine.QueryEngine;
import dev.evidex.querypack.engine.QueryExecutionException;
import dev.evidex.querypack.pack.Dialect;
import dev.evidex.querypack.parameters.BoundQuery;
import dev.evidex.querypack.parameters.SqlArgument;
import dev.evidex.querypack.result.ResultSink;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatistics;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

/**
 * Runs pack queries on Amazon Athena: StartQueryExecution with execution parameters (never SQL
 * splicing), GetQueryExecution polled with backoff, GetQueryResults streamed page by page, and
 * StopQueryExecution when the caller cancels.
 */
public final class AthenaEngine implements QueryEngine {
    private final AthenaClient client;
    private final AthenaSettings settings;

    public AthenaEngine(AthenaClient client, AthenaSettings settings) {
        this.client = requireNonNull(client, "client is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public String name() {
        return "athena";
    }

    @Override
    public Dialect dialect() {
        return Dialect.ATHENA;
    }

    @Override
    public ExecutionSummary execute(BoundQuery query, ResultSink sink, Cancellation cancellation)
            throws QueryExecutionException {
        Instant started = Instant.now();
        String executionId = start(query);
        cancellation.onCancel(() -> stop(executionId));
        QueryExecution execution = awaitCompletion(executionId, cancellation);
        try {
            new ResultPager(client, settings).stream(executionId, query.query(), sink, cancellation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cancellation.isCancelled()) {
            throw new QueryExecutionException(FailureKind.CANCELLED, query.query().id(), Optional.of(executionId));
        }
        QueryExecutionStatistics statistics = execution.statistics();
        return new ExecutionSummary(executionId, started, Instant.now(),
                Optional.ofNullable(statistics).map(QueryExecutionStatistics::dataScannedInBytes),
                Optional.ofNullable(statistics).map(QueryExecutionStatistics::engineExecutionTimeInMillis));
    }

    private String start(BoundQuery query) throws QueryExecutionException {
        StartQueryExecutionRequest.Builder request = StartQueryExecutionRequest.builder()
                .queryString(query.query().sql(Dialect.ATHENA))
                .clientRequestToken(UUID.randomUUID().toString())
                .queryExecutionContext(c -> c.catalog(settings.catalog()).database(settings.database()));
        if (!query.arguments().isEmpty()) {
            request.executionParameters(query.arguments().stream().map(SqlArgument::athenaLiteral).toList());
        }
        settings.workgroup().ifPresent(request::workGroup);
        settings.outputLocation().ifPresent(location -> request.resultConfiguration(r -> r.outputLocation(location)));
        try {
            return client.startQueryExecution(request.build()).queryExecutionId();
        } catch (AthenaException e) {
            throw new QueryExecutionException(AthenaFailures.ofServiceError(e), AthenaFailures.serviceMessage(e),
                    Optional.empty(), e);
        }
    }

    /**
     * An interrupted caller (a cancelled background task) stops polling; the execution is stopped
     * too, or Athena would go on scanning (and billing) for a result nobody reads.
     */
    private QueryExecution awaitCompletion(String executionId, Cancellation cancellation)
            throws QueryExecutionException {
        try {
            return new ExecutionPoller(client, settings).awaitCompletion(executionId, cancellation);
        } catch (QueryExecutionException e) {
            if (e.kind() == FailureKind.CANCELLED && Thread.currentThread().isInterrupted()) {
                stopWhileInterrupted(executionId);
            }
            throw e;
        } catch (SdkClientException e) {
            if (!interrupted(e)) {
                throw e;
            }
            // Interrupted during a GetQueryExecution call rather than between polls.
            stopWhileInterrupted(executionId);
            throw new QueryExecutionException(FailureKind.CANCELLED, "interrupted while waiting for " + executionId,
                    Optional.of(executionId), e);
        }
    }

    private static boolean interrupted(SdkClientException e) {
        if (e instanceof AbortedException || Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException
                    || (cause instanceof InterruptedIOException && !(cause instanceof SocketTimeoutException))) {
                return true;
            }
        }
        return false;
    }

    /** The SDK refuses to send while the thread is interrupted: the flag is cleared for the one call. */
    private void stopWhileInterrupted(String executionId) {
        boolean interrupted = Thread.interrupted();
        stop(executionId);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop(String executionId) {
        try {
            client.stopQueryExecution(r -> r.queryExecutionId(executionId));
        } catch (SdkException e) {
            // The query may have finished meanwhile; the poller reports the final state either way.
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
