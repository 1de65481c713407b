package dev.evidex.app.health;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.store.S3EvidenceObjects;
import dev.evidex.verification.store.ObjectStore;
import dev.evidex.verification.store.verify.StoreVerifier;
import dev.evidex.verification.store.verify.VerificationReport;
import javafx.concurrent.Task;

/** Verifies a whole store in the background, reporting bytes verified and honouring cancel. */
final class VerifyStoreTask extends Task<HealthSummary> {
    private final HealthTarget target;

    VerifyStoreTask(HealthTarget target) {
        this.target = requireNonNull(target, "target is null");
    }

    @Override
    protected HealthSummary call() throws Exception {
        updateMessage(Messages.get("health.loadingKeys"));
        StoreVerifier.Options options = StoreVerifier.Options.of(target.trustedKeys().call())
                .withProgress(this::reportProgress, this::isCancelled);
        updateMessage(Messages.format("health.verifying", target.name()));
        ObjectStore objects = target.objects().call();
        HealthSummary summary;
        try {
            VerificationReport report = new StoreVerifier(options).verify(objects);
            summary = objects instanceof S3EvidenceObjects s3
                    ? HealthSummary.of(report, log -> LastSealRetention.describe(s3, log))
                    : HealthSummary.of(report);
        } finally {
            if (objects instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        if (!target.hasTrustedKeys()) {
            return withNote(summary, Messages.get("health.noTrustedKeys"));
        }
        return summary;
    }

    private void reportProgress(long done, long total) {
        updateProgress(done, Math.max(total, 1));
    }

    private static HealthSummary withNote(HealthSummary summary, String note) {
        java.util.List<String> notes = new java.util.ArrayList<>(summary.notes());
        notes.add(0, note);
        return new HealthSummary(summary.verified(), summary.headline(), summary.logs(), summary.failures(), notes);
    }
}
