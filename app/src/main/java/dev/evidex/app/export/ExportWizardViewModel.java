package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import dev.evidex.app.query.CurrentResult;
import dev.evidex.verification.packet.Assessment;
import dev.evidex.verification.packet.AssessmentType;
import dev.evidex.verification.packet.WrittenPacket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The export wizard's state: assessment, queries and parameters, controls and sampling, then the
 * export itself running in the background with progress and cancel, and its outcome.
 */
public final class ExportWizardViewModel {
    public static final int ASSESSMENT = 0;
    public static final int QUERIES = 1;
    public static final int CONTROLS = 2;
    public static final int EXPORT = 3;

    private final ExportOrigin origin;
    private final QuerySource queries;
    private final Executor executor;
    private final Clock clock;
    private final IntegerProperty step = new SimpleIntegerProperty(ASSESSMENT);
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ObjectProperty<AssessmentType> type = new SimpleObjectProperty<>(AssessmentType.I1);
    private final StringProperty scope = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    private final ObservableList<QueryChoice> choices = FXCollections.observableArrayList();
    private final Optional<CurrentResult> current;
    private final BooleanProperty reuseCurrent = new SimpleBooleanProperty();
    private final StringProperty controls = new SimpleStringProperty("");
    private final BooleanProperty sampling = new SimpleBooleanProperty();
    private final StringProperty sampleSize = new SimpleStringProperty("25");
    private final StringProperty seed = new SimpleStringProperty("");
    private final StringProperty signingKey = new SimpleStringProperty("");
    private final StringProperty output = new SimpleStringProperty("");
    private final StringProperty principal = new SimpleStringProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<WrittenPacket> result = new SimpleObjectProperty<>();
    private Task<WrittenPacket> task;

    public ExportWizardViewModel(Path store, List<QueryChoice> choices, QuerySource queries, Executor executor, Clock clock) {
        this(ExportOrigin.local(store), choices, Optional.empty(), queries, executor, clock);
    }

    public ExportWizardViewModel(Path store, List<QueryChoice> choices, Optional<CurrentResult> current, QuerySource queries,
            Executor executor, Clock clock) {
        this(ExportOrigin.local(store), choices, current, queries, executor, clock);
    }

    /** @param current the results on show in the main window, offered for export as they are */
    public ExportWizardViewModel(ExportOrigin origin, List<QueryChoice> choices, Optional<CurrentResult> current,
            QuerySource queries, Executor executor, Clock clock) {
        this.origin = requireNonNull(origin, "origin is null");
        principal.set(origin.principal());
        this.current = requireNonNull(current, "current is null");
        reuseCurrent.set(current.isPresent());
        this.queries = requireNonNull(queries, "queries is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.choices.setAll(choices);
        LocalDate today = LocalDate.now(clock);
        periodFrom.set(today.minusYears(1));
        periodTo.set(today);
    }

    /** Goes to the next step if this one is complete; otherwise {@link #problemProperty()} says what is missing. */
    public boolean next() {
        Optional<String> missing = problem(step.get());
        problem.set(missing.orElse(""));
        if (missing.isEmpty() && step.get() < EXPORT) {
            step.set(step.get() + 1);
        }
        return missing.isEmpty();
    }

    public void back() {
        if (step.get() > ASSESSMENT && !running.get()) {
            problem.set("");
            step.set(step.get() - 1);
        }
    }

    Optional<String> problem(int at) {
        try {
            switch (at) {
                case ASSESSMENT -> assessment();
                case QUERIES -> requests();
                case CONTROLS -> sample();
                default -> {
                    return exportProblem();
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Optional<String> exportProblem() {
        if (signingKey.get().isBlank() || !Files.isRegularFile(Path.of(signingKey.get()))) {
            return Optional.of(Messages.get("export.chooseKey"));
        }
        if (output.get().isBlank()) {
            return Optional.of(Messages.get("export.chooseOutput"));
        }
        return Optional.empty();
    }

    private Assessment assessment() {
        if (periodFrom.get() == null || periodTo.get() == null) {
            throw new IllegalArgumentException(Messages.get("export.enterPeriod"));
        }
        return new Assessment(organisation.get().strip(), type.get(), list(scope.get()), periodFrom.get(), periodTo.get());
    }

    private List<ExportRequest.QueryRequest> requests() {
        Optional<CurrentResult> reused = current.filter(result -> reuseCurrent.get());
        List<ExportRequest.QueryRequest> requests = new java.util.ArrayList<>();
        // The results on show are run again with their bound parameters and must hash the same.
        reused.ifPresent(result -> requests.add(new ExportRequest.QueryRequest(result.queryId(), result.boundParameters(),
                Optional.of(result.resultSha256()))));
        choices.stream().filter(choice -> choice.selectedProperty().get())
                .filter(choice -> reused.map(result -> !result.queryId().equals(choice.id())).orElse(true))
                .map(choice -> new ExportRequest.QueryRequest(choice.id(), choice.parameterValues())).forEach(requests::add);
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("choose at least one query");
        }
        return requests;
    }

    private Optional<ExportRequest.SampleRequest> sample() {
        if (!sampling.get()) {
            return Optional.empty();
        }
        if (seed.get().isBlank()) {
            throw new IllegalArgumentException("enter a sampling seed: it lets anyone redraw the same sample");
        }
        try {
            return Optional.of(new ExportRequest.SampleRequest(seed.get().strip(), Integer.parseInt(sampleSize.get().strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sample size must be a whole number");
        }
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** Starts the export in the background; the outcome lands in {@link #resultProperty()} or {@link #messageProperty()}. */
    public void export() {
        if (running.get() || !next()) {
            return;
        }
        List<ExportRequest.QueryRequest> queryRequests = requests();
        Assessment assessment = assessment();
        List<String> declared = list(controls.get());
        Optional<ExportRequest.SampleRequest> sample = sample();
        Path key = Path.of(signingKey.get());
        String exporter = principal.get();
        // An identity typed over the offered one is the user's word for it, not the sign-in's.
        String exporterSource = exporter.equals(origin.principal()) ? origin.principalSource() : "named";
        java.time.Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Path out = Path.of(output.get());
        task = new ExportTask(new PacketExporter(queries), origin.evidence(), source -> new ExportRequest(source, queryRequests,
                assessment, declared, sample, key, origin.trustedKeys(), exporter, exporterSource, created, out));
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        result.set(null);
        task.setOnSucceeded(event -> finished(task.getValue(), Messages.get("export.written")));
        task.setOnCancelled(event -> finished(null, Messages.get("export.cancelled")));
        task.setOnFailed(event -> finished(null, Messages.format("export.failed", task.getException().getMessage())));
        executor.execute(task);
    }

    private void finished(WrittenPacket packet, String text) {
        progress.unbind();
        message.unbind();
        running.set(false);
        result.set(packet);
        message.set(text);
    }

    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    public IntegerProperty stepProperty() { return step; }
    public Optional<CurrentResult> currentResult() { return current; }
    public BooleanProperty reuseCurrentProperty() { return reuseCurrent; }
    public StringProperty organisationProperty() { return organisation; }
    public ObjectProperty<AssessmentType> typeProperty() { return type; }
    public StringProperty scopeProperty() { return scope; }
    public ObjectProperty<LocalDate> periodFromProperty() { return periodFrom; }
    public ObjectProperty<LocalDate> periodToProperty() { return periodTo; }
    public ObservableList<QueryChoice> choices() { return choices; }
    public StringProperty controlsProperty() { return controls; }
    public BooleanProperty samplingProperty() { return sampling; }
    public StringProperty sampleSizeProperty() { return sampleSize; }
    public StringProperty seedProperty() { return seed; }
    public StringProperty signingKeyProperty() { return signingKey; }
    public StringProperty outputProperty() { return output; }
    public StringProperty principalProperty() { return principal; }
    public StringProperty problemProperty() { return problem; }
    public BooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty messageProperty() { return message; }
    public ObjectProperty<WrittenPacket> resultProperty() { return result; }
}
