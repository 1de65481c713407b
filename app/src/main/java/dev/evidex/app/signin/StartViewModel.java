package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.common.Navigator;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreOpener;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.control.ProgressIndicator;

/** The start screen's store choices: a local folder or the demo store (AWS sign-in has its own model). */
public final class StartViewModel {
    private final StoreOpener opener;
    private final Navigator navigator;
    private final Executor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(ProgressIndicator.INDETERMINATE_PROGRESS);
    private Optional<Task<EvidenceStore>> current = Optional.empty();

    public StartViewModel(StoreOpener opener, Navigator navigator, Executor executor) {
        this.opener = requireNonNull(opener, "opener is null");
        this.navigator = requireNonNull(navigator, "navigator is null");
        this.executor = requireNonNull(executor, "executor is null");
    }

    public void openLocal(Path folder) {
        open(Messages.format("start.opening", folder), progress -> opener.openLocal(folder));
    }

    /** Opens a folder with the given trusted keys (from the command line) instead of its saved ones. */
    public void openLocal(Path folder, Path trustedKeys) {
        open(Messages.format("start.opening", folder), progress -> opener.openLocal(folder).withTrustedKeys(
                Optional.of(trustedKeys.toAbsolutePath())));
    }

    /** Opens the demo store; the first time, it is generated (tens of seconds), with progress and cancel. */
    public void openDemo() {
        open(Messages.get("start.openingDemo"), progress -> opener.openDemo((written, total) ->
                progress.update(written, total, Messages.format("start.creatingDemo", written, total))));
    }

    /** Stops opening (a demo store being created is discarded, never left half-written). */
    public void cancel() {
        current.ifPresent(task -> task.cancel(true));
    }

    private void open(String progressText, Opening action) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(progressText);
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        Task<EvidenceStore> task = new Task<>() {
            @Override
            protected EvidenceStore call() throws Exception {
                return action.open((done, total, text) -> {
                    updateProgress(done, total);
                    updateMessage(text);
                });
            }
        };
        task.progressProperty().addListener((observable, before, after) -> progress.set(after.doubleValue()));
        task.messageProperty().addListener((observable, before, after) -> message.set(after));
        task.setOnSucceeded(event -> {
            finish("");
            navigator.showMain(task.getValue());
        });
        task.setOnFailed(event -> finish(Messages.format("start.cannotOpen", task.getException().getMessage())));
        task.setOnCancelled(event -> finish(Messages.get("start.cancelled")));
        current = Optional.of(task);
        executor.execute(task);
    }

    private void finish(String text) {
        busy.set(false);
        current = Optional.empty();
        message.set(text);
    }

    /** Opens a store, reporting progress from the background thread (the task hands it to the FX thread). */
    @FunctionalInterface
    private interface Opening {
        EvidenceStore open(Progress progress) throws Exception;
    }

    @FunctionalInterface
    private interface Progress {
        void update(long done, long total, String text);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
