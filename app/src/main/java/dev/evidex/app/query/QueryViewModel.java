package dev.evidex.app.query;

import static java.util.Objects.requireNonNull;

import dev.evidex.app.common.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.scene.control.ProgressIndicator;

/**
 * The query browser: the pack, the selected query's form, and its results. Results are immutable
 * rows published with one {@code setAll}; a run that a newer run or a cancel overtook is dropped by
 * its sequence number, so stale rows never appear.
 */
public final class QueryViewModel {
    private final Executor executor;
    private final ObjectProperty<QueryService> service =
            new SimpleObjectProperty<>(QueryService.unavailable(Messages.get("query.noStore")));
    private final ObservableList<QuerySpec> queries = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<ControlGroups.Domain> tree = FXCollections.observableArrayList();
    private final ObjectProperty<Optional<QuerySpec>> selected = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<ParameterField> parameters = FXCollections.observableArrayList();
    private final ObservableList<ColumnSpec> columns = FXCollections.observableArrayList();
    private ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SortedList<ResultRow>> view = new SimpleObjectProperty<>(new SortedList<>(rows));
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty rowCount = new SimpleStringProperty("");
    private final ObjectProperty<Optional<ChartData>> chart = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<CurrentResult>> shown = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(ProgressIndicator.INDETERMINATE_PROGRESS);
    private final AtomicLong sequence = new AtomicLong();
    private Optional<Task<List<ResultRow>>> current = Optional.empty();
    private Optional<ServiceOpening> currentOpening = Optional.empty();

    public QueryViewModel(Executor executor) {
        this.executor = requireNonNull(executor, "executor is null");
        search.addListener((observable, before, after) -> regroup());
        selected.addListener((observable, before, after) -> select(after));
        filter.addListener((observable, before, after) -> rebuildView());
    }

    /**
     * Opens the queries of another store or account in the background, with progress and cancel
     * (Esc) while a local store is indexed. An opening that a newer one overtook is dropped and its
     * service closed, so a slow store never replaces the one opened after it.
     */
    public void open(String storeName, QueryOpener opener) {
        currentOpening.ifPresent(Task::cancel);
        ServiceOpening task = new ServiceOpening(storeName, opener);
        currentOpening = Optional.of(task);
        // The previous store's service goes now: its queries no longer apply, and it holds its index file.
        setService(QueryService.unavailable(Messages.format("query.opening", storeName)));
        opening.set(true);
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
        task.messageProperty().addListener((observable, before, text) -> {
            if (isCurrent(task)) {
                status.set(text);
            }
        });
        task.progressProperty().addListener((observable, before, value) -> {
            if (isCurrent(task)) {
                progress.set(value.doubleValue());
            }
        });
        task.setOnSucceeded(event -> task.take().ifPresent(opened -> {
            if (isCurrent(task)) {
                endOpening();
                setService(opened);
            } else {
                opened.close();
            }
        }));
        task.setOnFailed(event -> whenCurrent(task, () -> setService(QueryService.unavailable(
                task.getException() instanceof CancellationException
                        ? Messages.format("query.indexingCancelled", task.storeName())
                        : Messages.format("query.engineFailed", describe(task.getException()))))));
        task.setOnCancelled(event -> whenCurrent(task, () -> setService(QueryService.unavailable(
                Messages.format("query.indexingCancelled", task.storeName())))));
        executor.execute(task);
    }

    private boolean isCurrent(ServiceOpening task) {
        return currentOpening.filter(open -> open == task).isPresent();
    }

    private void whenCurrent(ServiceOpening task, Runnable action) {
        if (isCurrent(task)) {
            endOpening();
            action.run();
        }
    }

    private void endOpening() {
        currentOpening = Optional.empty();
        opening.set(false);
        progress.set(ProgressIndicator.INDETERMINATE_PROGRESS);
    }

    /** Shows the queries of another engine (another store or account); the previous one is closed. */
    public void setService(QueryService value) {
        cancelRun();
        QueryService previous = service.get();
        service.set(requireNonNull(value, "value is null"));
        if (previous != value) {
            previous.close();
        }
        queries.setAll(value.queries());
        regroup();
        selected.set(Optional.empty());
        replaceRows(List.of());
        status.set(queries.isEmpty() ? value.notice().orElse(Messages.get("query.noPack"))
                : Messages.format("query.ready", queries.size(), value.engine()));
    }

    /** A message in the status line that is not about a run (for example why a row cannot be inspected). */
    public void notice(String text) {
        status.set(requireNonNull(text, "text is null"));
    }

    public void run() {
        Optional<QuerySpec> query = selected.get();
        if (query.isEmpty() || opening.get()) {
            return;
        }
        cancelRun();
        long run = sequence.incrementAndGet();
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach(field -> values.put(field.spec().name(), field.textProperty().get().trim()));
        QueryService engine = service.get();
        QueryTask task = new QueryTask(engine, query.get(), values);
        current = Optional.of(task);
        running.set(true);
        status.set(Messages.format("query.running", query.get().title(), engine.engine()));
        task.setOnSucceeded(event -> publish(run, query.get(), task));
        task.setOnFailed(event -> finish(run, Messages.format("query.failed", describe(task.getException()))));
        task.setOnCancelled(event -> finish(run, Messages.get("query.cancelled")));
        executor.execute(task);
    }

    /** Cancels the running query, or the opening (indexing) of a store. */
    public void cancel() {
        cancelRun();
        currentOpening.ifPresent(Task::cancel);
    }

    private void cancelRun() {
        current.ifPresent(Task::cancel);
    }

    /** Stops what runs and releases the open service (its index file). */
    public void close() {
        cancel();
        service.get().close();
    }

    private void publish(long run, QuerySpec query, QueryTask task) {
        if (run != sequence.get()) {
            return;
        }
        List<ResultRow> result = task.getValue();
        columns.setAll(query.columns());
        replaceRows(result);
        chart.set(ChartData.of(query, result));
        shown.set(task.outcome().flatMap(outcome -> outcome.resultSha256().map(sha256 -> new CurrentResult(query.id(),
                query.title(), outcome.boundParameters(), outcome.rows(), sha256))));
        finish(run, task.outcome().map(ResultStatus::of).orElse(""));
    }

    private void finish(long run, String text) {
        if (run != sequence.get()) {
            return;
        }
        running.set(false);
        current = Optional.empty();
        status.set(text);
    }

    private void select(Optional<QuerySpec> query) {
        cancelRun();
        sequence.incrementAndGet();
        running.set(false);
        parameters.setAll(query.map(q -> q.parameters().stream().map(ParameterField::new).toList()).orElse(List.of()));
        columns.setAll(query.map(QuerySpec::columns).orElse(List.of()));
        filter.set("");
        replaceRows(List.of());
        chart.set(Optional.empty());
        shown.set(Optional.empty());
    }

    private void regroup() {
        tree.setAll(ControlGroups.group(queries, search.get()));
    }

    /**
     * Results are published as a new list with a new filter and sort chain. JavaFX's SortedList
     * handles a large added range one element at a time (quadratic), so a million rows are never
     * pushed through an existing chain; building a chain over a full list sorts once.
     */
    private void replaceRows(List<ResultRow> result) {
        // The task's list is handed over, never touched again: wrapped, not copied.
        rows = FXCollections.observableList(result instanceof ArrayList<ResultRow> ? result : new ArrayList<>(result));
        rebuildView();
    }

    private void rebuildView() {
        String needle = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        FilteredList<ResultRow> filtered = new FilteredList<>(rows, needle.isEmpty() ? null : row -> row.contains(needle));
        view.set(new SortedList<>(filtered));
        updateRowCount(filtered);
    }

    private void updateRowCount(FilteredList<ResultRow> filtered) {
        rowCount.set(rows.isEmpty() ? "" : filtered.size() == rows.size() ? Messages.format("query.rows", rows.size())
                : Messages.format("query.rowsFiltered", filtered.size(), rows.size()));
    }

    private static String describe(Throwable error) {
        return error == null ? Messages.get("query.unknownError") : String.valueOf(error.getMessage());
    }

    /** Runs one query in the background and keeps its rows until they are published. */
    private static final class QueryTask extends Task<List<ResultRow>> {
        private final QueryService engine;
        private final QuerySpec query;
        private final Map<String, String> values;
        private volatile Optional<QueryOutcome> outcome = Optional.empty();

        QueryTask(QueryService engine, QuerySpec query, Map<String, String> values) {
            this.engine = engine;
            this.query = query;
            this.values = Map.copyOf(values);
        }

        @Override
        protected List<ResultRow> call() throws Exception {
            List<ResultRow> result = new ArrayList<>();
            long started = System.nanoTime();
            QueryOutcome reported = engine.run(query, values, row -> {
                result.add(row);
                if (result.size() % 10_000 == 0) {
                    updateMessage(result.size() + " rows");
                }
            }, this::isCancelled);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            outcome = Optional.of(new QueryOutcome(reported.engine(), reported.executionId(),
                    reported.duration().isZero() ? elapsed : reported.duration(), reported.dataScannedBytes(),
                    result.size(), reported.boundParameters(), reported.resultSha256()));
            return result;
        }

        Optional<QueryOutcome> outcome() {
            return outcome;
        }
    }

    /** The query, bound parameters and result hash of the rows on show, for exporting them as they are. */
    public ObjectProperty<Optional<CurrentResult>> currentResultProperty() {
        return shown;
    }

    public ObservableList<QuerySpec> queries() {
        return queries;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<ControlGroups.Domain> tree() {
        return tree;
    }

    public ObjectProperty<Optional<QuerySpec>> selectedProperty() {
        return selected;
    }

    /** The clock the current service binds relative days with. */
    public Clock clock() {
        return service.get().clock();
    }

    public ObservableList<ParameterField> parameters() {
        return parameters;
    }

    public ObservableList<ColumnSpec> columns() {
        return columns;
    }

    /** Every row of the current result, unfiltered. */
    public ObservableList<ResultRow> rows() {
        return rows;
    }

    /** The rows as the table shows them (filtered, then sorted by the table's sort order). */
    public ObjectProperty<SortedList<ResultRow>> viewProperty() {
        return view;
    }

    public SortedList<ResultRow> sortedRows() {
        return view.get();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty rowCountProperty() {
        return rowCount;
    }

    public ObjectProperty<Optional<ChartData>> chartProperty() {
        return chart;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a store's query service opens (its index is brought up to date). */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** The progress of what runs: the index update's fraction, or indeterminate for a query. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
