package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.testing.FxToolkit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryViewModelTest {
    private static final QuerySpec SLOW = spec("slow");
    private static final QuerySpec FAST = spec("fast");

    @BeforeAll
    static void toolkit() {
        FxToolkit.start();
    }

    private static QuerySpec spec(String id) {
        return new QuerySpec(id, id, "?", List.of(), List.of(), List.of(),
                List.of(new ColumnSpec("value", ColumnKind.TEXT, "")), "");
    }

    /** The slow query ignores cancel and finishes late, as a remote engine may. */
    private static final class TwoSpeedService implements QueryService {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public List<QuerySpec> queries() {
            return List.of(SLOW, FAST);
        }

        @Override
        public QueryOutcome run(QuerySpec query, Map<String, String> parameters, Consumer<ResultRow> rows,
                BooleanSupplier cancelled) throws QueryFailure {
            if (query == SLOW) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            rows.accept(new ResultRow(List.of(query.id())));
            return new QueryOutcome("test", query.id(), Duration.ofMillis(1), Optional.empty(), 1);
        }
    }

    @Test
    void aStaleRunNeverReplacesTheRowsOfANewerOne() throws Exception {
        TwoSpeedService service = new TwoSpeedService();
        QueryViewModel viewModel = new QueryViewModel(Executors.newCachedThreadPool());
        onFx(() -> {
            viewModel.setService(service);
            viewModel.selectedProperty().set(Optional.of(SLOW));
            viewModel.run();
            viewModel.selectedProperty().set(Optional.of(FAST));
            viewModel.run();
        });
        waitUntil(() -> !viewModel.rows().isEmpty());
        service.release.countDown();
        Thread.sleep(300);
        onFx(() -> { });

        assertThat(viewModel.rows()).extracting(row -> row.value(0)).containsExactly("fast");
        assertThat(viewModel.statusProperty().get()).contains("execution fast");
    }

    @Test
    void theResultsOnShowKeepTheirBoundParametersAndHashForExportUntilAnotherQueryIsChosen() throws Exception {
        QueryService service = new QueryService() {
            @Override
            public List<QuerySpec> queries() {
                return List.of(SLOW, FAST);
            }

            @Override
            public QueryOutcome run(QuerySpec query, Map<String, String> parameters, Consumer<ResultRow> rows,
                    BooleanSupplier cancelled) {
                rows.accept(new ResultRow(List.of("a")));
                return new QueryOutcome("test", "run-1", Duration.ofMillis(1), Optional.empty(), 1,
                        Map.of("from", "2026-01-01"), Optional.of("ab".repeat(32)));
            }
        };
        QueryViewModel viewModel = new QueryViewModel(Executors.newCachedThreadPool());
        onFx(() -> {
            viewModel.setService(service);
            viewModel.selectedProperty().set(Optional.of(FAST));
            viewModel.run();
        });
        waitUntil(() -> viewModel.currentResultProperty().get().isPresent());

        assertThat(viewModel.currentResultProperty().get()).contains(
                new CurrentResult("fast", "fast", Map.of("from", "2026-01-01"), 1, "ab".repeat(32)));
        onFx(() -> viewModel.selectedProperty().set(Optional.of(SLOW)));
        assertThat(viewModel.currentResultProperty().get()).isEmpty();
    }

    @Test
    void filterNarrowsTheRowsAndCountsThem() throws Exception {
        QueryViewModel viewModel = new QueryViewModel(Runnable::run);
        onFx(() -> {
            viewModel.rows().setAll(new ResultRow(List.of("alpha")), new ResultRow(List.of("beta")));
            viewModel.filterProperty().set("ALP");
        });

        assertThat(viewModel.sortedRows()).extracting(row -> row.value(0)).containsExactly("alpha");
        assertThat(viewModel.rowCountProperty().get()).isEqualTo("1 of 2 rows");
    }

    private static void onFx(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            boolean[] result = new boolean[1];
            onFx(() -> result[0] = condition.getAsBoolean());
            if (result[0]) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("condition not met in time");
    }
}
