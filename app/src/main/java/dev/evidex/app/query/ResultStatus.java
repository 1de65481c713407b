package dev.evidex.app.query;

import dev.evidex.app.common.Messages;

/** The status line of a run, in words. */
final class ResultStatus {
    private ResultStatus() {}

    static String of(QueryOutcome outcome) {
        String scanned = outcome.dataScannedBytes().map(ResultStatus::bytes).orElse(Messages.get("query.notReported"));
        return Messages.format("query.status", outcome.rows(), outcome.engine(), outcome.duration().toMillis() / 1000.0,
                scanned, outcome.executionId());
    }

    static String bytes(long value) {
        if (value < 1024) {
            return Messages.format("bytes.b", value);
        }
        if (value < 1024 * 1024) {
            return Messages.format("bytes.kb", value / 1024.0);
        }
        return Messages.format("bytes.mb", value / 1024.0 / 1024.0);
    }
}
