package dev.evidex.querypack.athena;

import dev.evidex.querypack.engine.FailureKind;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;

/** Turns Athena's error codes and state change reasons into failure kinds an operator can act on. */
final class AthenaFailures {
    private AthenaFailures() {}

    static FailureKind ofServiceError(AthenaException e) {
        String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
        return code.contains("AccessDenied") || e.statusCode() == 403 ? FailureKind.ACCESS_DENIED
                : classify(String.valueOf(e.getMessage()));
    }

    static String serviceMessage(AthenaException e) {
        String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode() + ": ";
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return code + message;
    }

    /** The reason Athena gives for a FAILED query: the state change reason and the error message. */
    static String reason(QueryExecutionStatus status) {
        String reason = Optional.ofNullable(status.stateChangeReason()).orElse("");
        if (status.athenaError() != null && status.athenaError().errorMessage() != null
                && !reason.contains(status.athenaError().errorMessage())) {
            reason = reason.isEmpty() ? status.athenaError().errorMessage()
                    : reason + " (" + status.athenaError().errorMessage() + ")";
        }
        return reason.isEmpty() ? "no reason given" : reason;
    }

    static FailureKind classify(String reason) {
        String text = reason.toLowerCase(Locale.ROOT);
        if (text.contains("access denied") || text.contains("accessdenied") || text.contains("not authorized")
                || text.contains("insufficient permissions")) {
            return FailureKind.ACCESS_DENIED;
        }
        if (text.contains("table_not_found") || text.contains("schema_not_found")
                || (text.contains("table") && text.contains("does not exist"))) {
            return FailureKind.TABLE_NOT_FOUND;
        }
        if (text.contains("syntax_error") || text.contains("mismatched input") || text.contains("extraneous input")) {
            return FailureKind.SYNTAX_ERROR;
        }
        return FailureKind.ENGINE_ERROR;
    }
}
