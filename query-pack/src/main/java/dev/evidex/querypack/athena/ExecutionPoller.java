package dev.evidex.querypack.athena;

import dev.evidex.querypack.engine.Cancellation;
import dev.evidex.querypack.engine.FailureKind;
import dev.evidex.querypack.engine.QueryExecutionException;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

/** Polls GetQueryExecution with exponential backoff until the query is SUCCEEDED, FAILED or CANCELLED. */
final class ExecutionPoller {
    private final AthenaClient client;
    private final AthenaSettings settings;

    ExecutionPoller(AthenaClient client, AthenaSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    QueryExecution awaitCompletion(String executionId, Cancellation cancellation) throws QueryExecutionException {
        Duration wait = settings.firstPoll();
        while (true) {
            QueryExecution execution = get(executionId);
            QueryExecutionState state = execution.status().state();
            if (state == QueryExecutionState.SUCCEEDED) {
                return execution;
            }
            if (state == QueryExecutionState.CANCELLED) {
                throw new QueryExecutionException(FailureKind.CANCELLED,
                        "Athena query " + executionId + " was cancelled", Optional.of(executionId));
            }
            if (state == QueryExecutionState.FAILED) {
                String reason = AthenaFailures.reason(execution.status());
                throw new QueryExecutionException(AthenaFailures.classify(reason),
                        "Athena query " + executionId + " failed: " + reason, Optional.of(executionId));
            }
            sleep(wait, executionId);
            wait = wait.multipliedBy(2).compareTo(settings.maxPoll()) > 0 ? settings.maxPoll() : wait.multipliedBy(2);
        }
    }

    private QueryExecution get(String executionId) throws QueryExecutionException {
        try {
            return client.getQueryExecution(r -> r.queryExecutionId(executionId)).queryExecution();
        } catch (AthenaException e) {
            throw new QueryExecutionException(AthenaFailures.ofServiceError(e), AthenaFailures.serviceMessage(e),
                    Optional.of(executionId), e);
        }
    }

    private static void sleep(Duration wait, String executionId) throws QueryExecutionException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryExecutionException(FailureKind.CANCELLED, "interrupted while waiting for " + executionId,
                    Optional.of(executionId), e);
        }
    }
}
