package dev.evidex.app.health;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.store.EvidenceStore;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;

/** State of the store health view: runs "Verify store" and holds its result. Used on the FX thread. */
public final class StoreHealthViewModel {
    private final Executor executor;
    private final ObjectProperty<Optional<HealthTarget>> target = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<HealthState> state = new SimpleObjectProperty<>(HealthState.NOT_VERIFIED);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty headline = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<LogHealth> logs = FXCollections.observableArrayList();
    private final ObservableList<FailureRow> failures = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private Optional<VerifyStoreTask> current = Optional.empty();

    public StoreHealthViewModel(Executor executor) {
        this.executor = requireNonNull(executor, "executor is null");
        state.addListener((observable, before, after) -> running.set(after == HealthState.RUNNING));
    }

    /** Shows another store: the previous result no longer applies. */
    public void setStore(Optional<EvidenceStore> value) {
        setTarget(value.map(HealthTarget::of));
    }

    /** Verifies another local store or evidence bucket from now on: the previous result no longer applies. */
    public void setTarget(Optional<HealthTarget> value) {
        cancel();
        target.set(value);
        clear(HealthState.NOT_VERIFIED);
        message.set(value.map(s -> Messages.get("health.notVerifiedYet")).orElse(Messages.get("health.noStore")));
    }

    /** Nothing can be verified, for the reason given (for example no evidence bucket is set). */
    public void unavailable(String reason) {
        setTarget(Optional.empty());
        message.set(requireNonNull(reason, "reason is null"));
    }

    public void verify() {
        if (target.get().isEmpty() || running.get()) {
            return;
        }
        clear(HealthState.RUNNING);
        VerifyStoreTask task = new VerifyStoreTask(target.get().get());
        current = Optional.of(task);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.stateProperty().addListener((observable, before, after) -> finished(task, after));
        executor.execute(task);
    }

    public void cancel() {
        current.ifPresent(VerifyStoreTask::cancel);
    }

    private void finished(VerifyStoreTask task, Worker.State taskState) {
        if (taskState != Worker.State.SUCCEEDED && taskState != Worker.State.FAILED
                && taskState != Worker.State.CANCELLED) {
            return;
        }
        progress.unbind();
        message.unbind();
        current = Optional.empty();
        switch (taskState) {
            case SUCCEEDED -> show(task.getValue());
            case CANCELLED -> {
                state.set(HealthState.CANCELLED);
                message.set(Messages.get("health.cancelled"));
                progress.set(0);
            }
            default -> {
                state.set(HealthState.ERROR);
                message.set(Messages.format("health.couldNotRun", describe(task.getException())));
            }
        }
    }

    private void show(HealthSummary summary) {
        logs.setAll(summary.logs());
        failures.setAll(summary.failures());
        notes.setAll(summary.notes());
        headline.set(summary.headline());
        message.set(summary.verified() ? Messages.get("health.passed")
                : Messages.format("health.failed", summary.failures().size()));
        progress.set(1);
        state.set(summary.verified() ? HealthState.VERIFIED : HealthState.FAILED);
    }

    private void clear(HealthState newState) {
        logs.clear();
        failures.clear();
        notes.clear();
        headline.set("");
        progress.set(0);
        state.set(newState);
    }

    private static String describe(Throwable error) {
        return error == null ? Messages.get("query.unknownError") : String.valueOf(error.getMessage());
    }

    public ObjectProperty<Optional<HealthTarget>> targetProperty() {
        return target;
    }

    public ObjectProperty<HealthState> stateProperty() {
        return state;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObservableList<LogHealth> logs() {
        return logs;
    }

    public ObservableList<FailureRow> failures() {
        return failures;
    }

    public ObservableList<String> notes() {
        return notes;
    }
}
