package dev.evidex.app.health;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.store.verify.Failure;
import dev.evidex.verification.store.verify.LogSummary;
import dev.evidex.verification.store.verify.VerificationReport;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;

/** A verification report turned into what the health view shows. */
public record HealthSummary(boolean verified, String headline, List<LogHealth> logs, List<FailureRow> failures,
        List<String> notes) {

    /** Local folders have no Object Lock; retention is only known for S3 stores. */
    static final String LOCAL_RETENTION = "not applicable (local folder)";

    public HealthSummary {
        requireNonNull(headline, "headline is null");
        logs = List.copyOf(logs);
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    public static HealthSummary of(VerificationReport report) {
        return of(report, log -> LOCAL_RETENTION);
    }

    /** With {@code retention} describing each log's Object Lock (an S3 store's). */
    public static HealthSummary of(VerificationReport report, Function<LogSummary, String> retention) {
        List<LogHealth> logs = report.logs().stream()
                .map(log -> logHealth(log, report.failures(), retention.apply(log))).toList();
        List<FailureRow> failures = report.failures().stream().map(HealthSummary::row).toList();
        String headline = String.format(java.util.Locale.ROOT,
                "%s — %d logs, %d batches, %d records, %d artifacts checked in %.1f s; %d failures",
                report.verified() ? "Verified" : "FAILED", report.logs().size(), report.batches(), report.records(),
                report.artifacts(), report.elapsed().toMillis() / 1000.0, report.failures().size());
        return new HealthSummary(report.verified(), headline, logs, failures, report.notes());
    }

    private static LogHealth logHealth(LogSummary log, List<Failure> failures, String retention) {
        long failed = failures.stream().filter(f -> f.log().filter(log.log()::equals).isPresent()).count();
        return new LogHealth(log.log(), log.batches(), log.records(),
                log.lastSealTime().map(Object::toString).orElse("—"),
                log.keyIds().stream().sorted().toList(), retention, failed);
    }

    static FailureRow row(Failure failure) {
        return new FailureRow(failure.check().label(), failure.log().orElse(""),
                failure.batch().isPresent() ? Long.toString(failure.batch().getAsLong()) : "",
                failure.index().isPresent() ? Long.toString(failure.index().getAsLong()) : "",
                failure.objectKey().orElse(""), Objects.requireNonNullElse(failure.detail(), ""));
    }
}
