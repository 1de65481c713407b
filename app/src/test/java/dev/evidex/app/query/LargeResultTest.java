package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.AppWindows;
import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreKind;
import dev.evidex.app.testing.FakeQueryService;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.Screenshots;
import dev.evidex.app.testing.TestEnvironments;
import dev.evidex.app.testing.TestStores;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A million-row result: loads, sorts and scrolls with virtualised rows; reports time and heap (benchmark). */
@ExtendWith(ApplicationExtension.class)
class LargeResultTest {
    @TempDir
    Path temp;

    private AppWindows windows;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        windows = new AppWindows(stage, TestEnvironments.in(temp), BackgroundExecutor.create());
        windows.show();
    }

    @AfterEach
    void close() {
        windows.close();
    }

    @Test
    void millionRowsLoadAndScroll(FxRobot robot) {
        Path store = TestStores.create(temp);
        robot.interact(() -> windows.showMain(new EvidenceStore("t", StoreKind.LOCAL, store, Optional.empty())));
        FxWait.until("queries", () -> !windows.queryViewModel().queries().isEmpty());
        QuerySpec many = windows.queryViewModel().queries().stream()
                .filter(q -> q.id().equals(FakeQueryService.MANY)).findFirst().orElseThrow();
        robot.interact(() -> windows.queryViewModel().selectedProperty().set(Optional.of(many)));
        long before = usedHeap();
        long started = System.nanoTime();

        robot.clickOn("#runButton");
        FxWait.until("a million rows", () -> windows.queryViewModel().rows().size() == FakeQueryService.manyRows);
        long loadedMillis = (System.nanoTime() - started) / 1_000_000;
        TableView<ResultRow> table = robot.lookup("#resultTable").queryTableView();
        long scrollStarted = System.nanoTime();
        for (int i = 0; i <= 20; i++) {
            int row = (int) ((long) FakeQueryService.manyRows * i / 20) - (i == 20 ? 1 : 0);
            robot.interact(() -> table.scrollTo(row));
        }
        long scrollMillis = (System.nanoTime() - scrollStarted) / 1_000_000;
        long after = usedHeap();
        long sortStarted = System.nanoTime();
        robot.interact(() -> table.getSortOrder().setAll(table.getColumns().get(4)));
        long sortMillis = (System.nanoTime() - sortStarted) / 1_000_000;
        String firstReason = table.getItems().get(0).value(4);
        robot.interact(() -> {
            table.getColumns().get(0).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(table.getColumns().get(0));
        });
        String largestNumber = table.getItems().get(0).value(0);

        assertThat(table.getItems()).hasSize(FakeQueryService.manyRows);
        // Virtualised: only the visible rows have cells.
        assertThat(robot.lookup("#resultTable .table-row-cell").queryAll().size()).isLessThan(100);
        assertThat(firstReason).isEqualTo("reason 0");
        assertThat(largestNumber).isEqualTo(Integer.toString(FakeQueryService.manyRows - 1));
        System.out.printf(Locale.ROOT, "BENCHMARK 1M rows: loaded in %d ms, 21 jumps across the table in %d ms "
                + "(%.1f ms per frame), heap used after GC %d MB before, %d MB after (+%d MB), sorted by a text column "
                + "in %d ms%n", loadedMillis, scrollMillis, scrollMillis / 21.0, before >> 20, after >> 20,
                (after - before) >> 20, sortMillis);
        Screenshots.save(stage.getScene(), "query-million-rows");
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
