package dev.evidex.app.signin;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Navigator;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreOpener;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/** The start screen's store choices: a local folder or the demo store (AWS sign-in has its own model). */
public final class StartViewModel {
    private final StoreOpener opener;
    private final Navigator navigator;
    private final Executor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StartViewModel(StoreOpener opener, Navigator navigator, Executor executor) {
        this.opener = requireNonNull(opener, "opener is null");
        this.navigator = requireNonNull(navigator, "navigator is null");
        this.executor = requireNonNull(executor, "executor is null");
    }

    public void openLocal(Path folder) {
        open("Opening " + folder + "…", () -> opener.openLocal(folder));
    }

    /** Opens a folder with the given trusted keys (from the command line) instead of its saved ones. */
    public void openLocal(Path folder, Path trustedKeys) {
        open("Opening " + folder + "…", () -> opener.openLocal(folder).withTrustedKeys(
                java.util.Optional.of(trustedKeys.toAbsolutePath())));
    }

    public void openDemo() {
        open("Opening the demo store (created on first use)…", opener::openDemo);
    }

    private void open(String progressText, Callable<EvidenceStore> action) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(progressText);
        Task<EvidenceStore> task = new Task<>() {
            @Override
            protected EvidenceStore call() throws Exception {
                return action.call();
            }
        };
        task.setOnSucceeded(event -> {
            busy.set(false);
            message.set("");
            navigator.showMain(task.getValue());
        });
        task.setOnFailed(event -> {
            busy.set(false);
            message.set("Cannot open the store: " + task.getException().getMessage());
        });
        executor.execute(task);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
