package dev.evidex.app.health;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.verification.store.verify.StoreVerifier;
import dev.evidex.verification.store.verify.VerificationReport;
import javafx.concurrent.Task;

/** Verifies a whole store in the background, reporting bytes verified and honouring cancel. */
final class VerifyStoreTask extends Task<HealthSummary> {
    private final EvidenceStore store;

    VerifyStoreTask(EvidenceStore store) {
        this.store = requireNonNull(store, "store is null");
    }

    @Override
    protected HealthSummary call() throws Exception {
        updateMessage(Messages.get("health.loadingKeys"));
        StoreVerifier.Options options = StoreVerifier.Options.of(store.trustedKeys())
                .withProgress(this::reportProgress, this::isCancelled);
        updateMessage(Messages.format("health.verifying", store.root()));
        VerificationReport report = new StoreVerifier(options).verify(store.objects());
        HealthSummary summary = HealthSummary.of(report);
        if (store.trustedKeysDirectory().isEmpty()) {
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
