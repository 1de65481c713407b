package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.testing.FxToolkit;
import dev.evidex.app.testing.FxWait;
import dev.evidex.querypack.duckdb.IndexStep;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Opening a store's queries: progress while it is indexed, cancel, and a slow store never shown late. */
class ServiceOpeningTest {
    private final QueryViewModel viewModel = new QueryViewModel(Executors.newCachedThreadPool());
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);

    @BeforeAll
    static void toolkit() {
        FxToolkit.start();
    }

    /** A service with one query named after it, that knows whether it was closed. */
    private static final class NamedService implements QueryService {
        final String name;
        volatile boolean closed;

        NamedService(String name) {
            this.name = name;
        }

        @Override
        public List<QuerySpec> queries() {
            return List.of(new QuerySpec(name, name, "?", List.of(), List.of(), List.of(),
                    List.of(new ColumnSpec("value", ColumnKind.TEXT, "")), ""));
        }

        @Override
        public QueryOutcome run(QuerySpec query, Map<String, String> parameters, Consumer<ResultRow> rows,
                BooleanSupplier cancelled) {
            return new QueryOutcome("test", name, Duration.ZERO, Optional.empty(), 0);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private void awaitRelease() throws InterruptedException {
        assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
    }

    /** As a statement inside DuckDB does: a cancel's interrupt does not stop the wait. */
    private void awaitReleaseIgnoringInterrupts() {
        boolean interrupted = false;
        while (true) {
            try {
                assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private String shownQuery() {
        return viewModel.queries().isEmpty() ? "" : viewModel.queries().get(0).id();
    }

    @Test
    void statusAndProgressFollowTheIndexUpdateUntilTheQueriesOpen() throws Exception {
        NamedService store = new NamedService("store");
        Platform.runLater(() -> viewModel.open("Acme evidence", (progress, cancellation) -> {
            progress.reached(IndexStep.READING, 0.1);
            progress.reached(IndexStep.LOADING, 0.5);
            awaitRelease();
            return store;
        }));
        FxWait.until("loading reported", () -> viewModel.progressProperty().get() == 0.5);
        assertThat(viewModel.openingProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).isEqualTo("Indexing Acme evidence: loading records… 50%");

        release.countDown();
        FxWait.until("queries shown", () -> shownQuery().equals("store"));
        assertThat(viewModel.openingProperty().get()).isFalse();
        assertThat(viewModel.progressProperty().get()).isNegative();
        assertThat(viewModel.statusProperty().get()).startsWith("1 queries · engine");
    }

    @Test
    void cancelStopsTheIndexUpdateAndSaysHowToGoOn() throws Exception {
        CountDownLatch cancelSeen = new CountDownLatch(1);
        Platform.runLater(() -> viewModel.open("Acme evidence", (progress, cancellation) -> {
            cancellation.onCancel(cancelSeen::countDown);
            started.countDown();
            assertThat(cancelSeen.await(10, TimeUnit.SECONDS)).isTrue();
            throw new CancellationException("the index update was cancelled");
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Platform.runLater(viewModel::cancel);
        FxWait.until("opening ended", () -> !viewModel.openingProperty().get());

        assertThat(cancelSeen.getCount()).isZero();
        assertThat(viewModel.queries()).isEmpty();
        assertThat(viewModel.statusProperty().get())
                .isEqualTo("Indexing of Acme evidence cancelled: its queries are unavailable until the store is opened again.");
    }

    @Test
    void aStoreThatOpensAfterItsCancelIsClosedNotShown() throws Exception {
        NamedService late = new NamedService("late");
        openStartedThatWaitsForRelease("late store", late);
        Platform.runLater(viewModel::cancel);
        FxWait.until("opening ended", () -> !viewModel.openingProperty().get());
        release.countDown();

        waitUntilClosed(late);
        assertThat(viewModel.queries()).isEmpty();
    }

    @Test
    void aSlowStoreNeverReplacesTheOneOpenedAfterIt() throws Exception {
        NamedService slow = new NamedService("slow");
        NamedService fast = new NamedService("fast");
        openStartedThatWaitsForRelease("slow store", slow);
        Platform.runLater(() -> viewModel.open("fast store", (progress, cancellation) -> fast));
        FxWait.until("fast store shown", () -> shownQuery().equals("fast"));
        release.countDown();

        waitUntilClosed(slow);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownQuery()).isEqualTo("fast");
        assertThat(fast.closed).isFalse();
    }

    @Test
    void choosingOrRunningAQueryWhileAStoreOpensLeavesTheOpeningAlone() throws Exception {
        NamedService first = new NamedService("first");
        Platform.runLater(() -> viewModel.open("first", (progress, cancellation) -> first));
        FxWait.until("first shown", () -> shownQuery().equals("first"));
        QuerySpec query = viewModel.queries().get(0);
        NamedService second = new NamedService("second");
        openStartedThatWaitsForRelease("second", second);

        Platform.runLater(() -> {
            viewModel.selectedProperty().set(Optional.of(query));
            viewModel.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.openingProperty().get()).isTrue();
        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(first.closed).as("the previous store's service is released when another opens").isTrue();

        release.countDown();
        FxWait.until("second shown", () -> shownQuery().equals("second"));
        assertThat(second.closed).isFalse();
    }

    @Test
    void openingAnotherStoreClosesThePreviousService() throws Exception {
        NamedService first = new NamedService("first");
        Platform.runLater(() -> viewModel.open("first", (progress, cancellation) -> first));
        FxWait.until("first shown", () -> shownQuery().equals("first"));
        Platform.runLater(() -> viewModel.open("second", (progress, cancellation) -> new NamedService("second")));
        FxWait.until("second shown", () -> shownQuery().equals("second"));
        assertThat(first.closed).isTrue();
    }

    /** Opens {@code service} with an opener that has started and returns only when released. */
    private void openStartedThatWaitsForRelease(String storeName, NamedService service) throws InterruptedException {
        Platform.runLater(() -> viewModel.open(storeName, (progress, cancellation) -> {
            started.countDown();
            awaitReleaseIgnoringInterrupts();
            return service;
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void waitUntilClosed(NamedService service) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!service.closed && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(service.closed).as(service.name + " closed").isTrue();
    }
}
