package dev.evidex.app.settings;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/** The per-store settings form; loading and saving happen in the background. */
public final class SettingsViewModel {
    /** Reads and writes the settings of the store being edited. */
    public interface Storage {
        StoreSettings load() throws Exception;

        void save(StoreSettings settings) throws Exception;
    }

    private final Storage storage;
    private final Executor executor;
    private final Consumer<StoreSettings> onSaved;
    private final StringProperty workgroup = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty outputLocation = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty bucket = new SimpleStringProperty("");
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty trustedKeys = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public SettingsViewModel(Storage storage, Executor executor, Consumer<StoreSettings> onSaved) {
        this.storage = requireNonNull(storage, "storage is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.onSaved = requireNonNull(onSaved, "onSaved is null");
    }

    public void load() {
        run(storage::load, this::show, Messages.get("settings.cannotRead"));
    }

    public void save() {
        StoreSettings settings = new StoreSettings(workgroup.get().trim(), database.get().trim(),
                outputLocation.get().trim(), region.get().trim(), bucket.get().trim(), prefix.get().trim(),
                trustedKeys.get().trim());
        run(() -> {
            storage.save(settings);
            return settings;
        }, saved -> {
            message.set(Messages.get("settings.saved"));
            onSaved.accept(saved);
        }, Messages.get("settings.cannotSave"));
    }

    private void show(StoreSettings settings) {
        workgroup.set(settings.athenaWorkgroup());
        database.set(settings.athenaDatabase());
        outputLocation.set(settings.athenaOutputLocation());
        region.set(settings.region());
        bucket.set(settings.evidenceBucket());
        prefix.set(settings.evidencePrefix());
        trustedKeys.set(settings.trustedKeysDirectory());
    }

    private <T> void run(Callable<T> work, Consumer<T> done, String failure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> done.accept(task.getValue()));
        task.setOnFailed(event -> message.set(failure + ": " + task.getException().getMessage()));
        executor.execute(task);
    }

    public StringProperty workgroupProperty() {
        return workgroup;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty outputLocationProperty() {
        return outputLocation;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty bucketProperty() {
        return bucket;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty trustedKeysProperty() {
        return trustedKeys;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
