package dev.evidex.app.inspect;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.health.HealthState;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

/** The record inspector: loads a record and re-runs its checks in the background. */
public final class InspectorViewModel {
    private final RecordInspector inspector;
    private final Executor executor;
    private final ObjectProperty<Optional<Inspection>> inspection = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<HealthState> state = new SimpleObjectProperty<>(HealthState.NOT_VERIFIED);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObservableList<CheckResult> checks = FXCollections.observableArrayList();
    private final ObservableList<ArtifactLink> artifacts = FXCollections.observableArrayList();
    private final ObservableList<SbomPackage> packages = FXCollections.observableArrayList();
    private final FilteredList<SbomPackage> filteredPackages = new FilteredList<>(packages);
    private final StringProperty packageSearch = new SimpleStringProperty("");
    private Optional<Task<Inspection>> current = Optional.empty();

    public InspectorViewModel(RecordInspector inspector, Executor executor) {
        this.inspector = requireNonNull(inspector, "inspector is null");
        this.executor = requireNonNull(executor, "executor is null");
        packageSearch.addListener((observable, before, after) -> {
            String needle = after == null ? "" : after.trim().toLowerCase(Locale.ROOT);
            filteredPackages.setPredicate(needle.isEmpty() ? null : p -> p.matches(needle));
        });
    }

    public void inspect(RecordReference reference) {
        current.ifPresent(Task::cancel);
        title.set(Messages.format("inspector.heading", reference));
        verdict.set(Messages.get("inspector.running"));
        state.set(HealthState.RUNNING);
        Task<Inspection> task = new Task<>() {
            @Override
            protected Inspection call() throws Exception {
                return inspector.inspect(reference, this::isCancelled);
            }
        };
        task.setOnSucceeded(event -> show(task.getValue()));
        task.setOnFailed(event -> {
            state.set(HealthState.ERROR);
            verdict.set(Messages.format("inspector.failed", reference, task.getException().getMessage()));
        });
        current = Optional.of(task);
        executor.execute(task);
    }

    public void cancel() {
        current.ifPresent(Task::cancel);
    }

    private void show(Inspection value) {
        inspection.set(Optional.of(value));
        checks.setAll(value.checks());
        artifacts.setAll(value.artifacts());
        packages.setAll(value.sbomPackages());
        long passed = value.checks().stream().filter(c -> c.outcome() == CheckOutcome.PASSED).count();
        if (value.failures() > 0) {
            state.set(HealthState.FAILED);
            verdict.set(Messages.format("inspector.verdict.failed", value.failures(), value.checks().size()));
        } else {
            state.set(HealthState.VERIFIED);
            verdict.set(Messages.format("inspector.verdict.passed", passed)
                    + (value.skipped() > 0 ? Messages.format("inspector.verdict.skipped", value.skipped()) : "")
                    + (value.notApplicable() > 0
                            ? Messages.format("inspector.verdict.notApplicable", value.notApplicable()) : ""));
        }
    }

    public ObjectProperty<Optional<Inspection>> inspectionProperty() {
        return inspection;
    }

    public ObjectProperty<HealthState> stateProperty() {
        return state;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty verdictProperty() {
        return verdict;
    }

    public ObservableList<CheckResult> checks() {
        return checks;
    }

    public ObservableList<ArtifactLink> artifacts() {
        return artifacts;
    }

    public FilteredList<SbomPackage> packages() {
        return filteredPackages;
    }

    public StringProperty packageSearchProperty() {
        return packageSearch;
    }
}
