package dev.evidex.app.query;

import java.util.Locale;

/** The status line of a run, in words. */
final class ResultStatus {
    private ResultStatus() {}

    static String of(QueryOutcome outcome) {
        String scanned = outcome.dataScannedBytes().map(ResultStatus::bytes).orElse("n/a");
        return String.format(Locale.ROOT, "%,d rows · engine %s · %.2f s · data scanned %s · execution %s",
                outcome.rows(), outcome.engine(), outcome.duration().toMillis() / 1000.0, scanned, outcome.executionId());
    }

    static String bytes(long value) {
        if (value < 1024) {
            return value + " B";
        }
        if (value < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", value / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", value / 1024.0 / 1024.0);
    }
}
