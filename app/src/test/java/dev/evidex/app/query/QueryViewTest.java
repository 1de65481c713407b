package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.AppWindows;
import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.health.HealthState;
import dev.evidex.app.inspect.CheckOutcome;
import dev.evidex.app.inspect.CheckResult;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreKind;
import dev.evidex.app.testing.FakeQueryService;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.Screenshots;
import dev.evidex.app.testing.TestEnvironments;
import dev.evidex.app.testing.TestStores;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class QueryViewTest {
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
        windows.lastInspector().ifPresent(window -> new FxRobot().interact(window::close));
        windows.close();
    }

    @Test
    void runsAQueryShowsRowsChartAndSql(FxRobot robot) {
        open(robot, TestStores.create(temp));
        select(robot, FakeQueryService.REJECTED);

        robot.clickOn("#runButton");
        FxWait.until("rows shown", () -> !windows.queryViewModel().rows().isEmpty()
                && !windows.queryViewModel().runningProperty().get());

        TableView<ResultRow> table = robot.lookup("#resultTable").queryTableView();
        // 1 + 2 + 2 + 1 + 2 denials over the five generated days.
        assertThat(table.getItems()).hasSize(8);
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("time", "cluster", "resource", "reason", "log", "index");
        assertThat(table.getItems()).allSatisfy(row -> {
            assertThat(row.value(1)).isEqualTo("prod-eu");
            assertThat(row.value(3)).isEqualTo("image is not signed by a trusted key");
        });
        assertThat(robot.lookup("#rowCount").queryAs(Label.class).getText()).isEqualTo("8 rows");
        assertThat(robot.lookup("#queryStatus").queryAs(Label.class).getText())
                .contains("8 rows", "engine fake", "execution fake-execution-1", "1.2 KB");
        robot.clickOn("#resultFilter").write("payments-1-");
        assertThat(robot.lookup("#rowCount").queryAs(Label.class).getText()).isEqualTo("2 of 8 rows");
        Screenshots.save(stage.getScene(), "query-results");

        robot.interact(() -> robot.lookup("#resultTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        assertThat(robot.lookup("#resultChart").tryQuery()).isPresent();
        Screenshots.save(stage.getScene(), "query-chart");
    }

    @Test
    void escapeCancelsARunningQuery(FxRobot robot) {
        open(robot, TestStores.create(temp));
        select(robot, FakeQueryService.SLOW);

        robot.clickOn("#queryQuestion");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FxWait.until("running", () -> windows.queryViewModel().runningProperty().get());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        FxWait.until("cancelled", () -> !windows.queryViewModel().runningProperty().get());
        assertThat(robot.lookup("#queryStatus").queryAs(Label.class).getText()).startsWith("Cancelled");
        assertThat(windows.queryViewModel().rows()).isEmpty();
    }

    @Test
    void inspectorReVerifiesARecordOfAGoodStore(FxRobot robot) {
        open(robot, TestStores.create(temp));
        Stage inspector = inspectFirstRow(robot);

        FxRobot inWindow = robot.targetWindow(inspector);
        assertThat(inWindow.lookup("#inspectorBadge").queryAs(Label.class).getStyleClass()).contains("badge-ok");
        TableView<CheckResult> checks = inWindow.lookup("#checkTable").queryTableView();
        assertThat(checks.getItems()).extracting(CheckResult::outcome).containsOnly(CheckOutcome.PASSED);
        assertThat(checks.getItems()).extracting(CheckResult::name).contains(
                "Batch object matches the seal's digest", "Inclusion proof against the signed root",
                "Seal signature under a trusted key", "Seal names the previous seal's digest");
        Screenshots.save(inspector.getScene(), "inspector-verified");
    }

    @Test
    void inspectorTurnsRedOnATamperedBatch(FxRobot robot) throws Exception {
        Path store = TestStores.create(temp);
        TestStores.tamper(store, TestStores.CLUSTER_LOG);
        open(robot, store);
        Stage inspector = inspectFirstRow(robot);

        FxRobot inWindow = robot.targetWindow(inspector);
        assertThat(inWindow.lookup("#inspectorBadge").queryAs(Label.class).getStyleClass()).contains("badge-failed");
        TableView<CheckResult> checks = inWindow.lookup("#checkTable").queryTableView();
        assertThat(checks.getItems()).filteredOn(c -> c.outcome() == CheckOutcome.FAILED).extracting(CheckResult::name)
                .contains("Batch object matches the seal's digest", "Inclusion proof against the signed root");
        assertThat(checks.getItems()).filteredOn(c -> c.name().startsWith("Batch object")).singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("records/dt=", TestStores.CLUSTER_LOG + "-000000000000"));
        Screenshots.save(inspector.getScene(), "inspector-tampered");
    }

    @Test
    void sbomRecordShowsItsPackages(FxRobot robot) {
        open(robot, TestStores.create(temp));
        robot.interact(() -> windows.openInspector(new dev.evidex.app.inspect.RecordReference(TestStores.CI_LOG, 1)));
        Stage inspector = windows.lastInspector().orElseThrow();
        FxWait.until("inspected", () -> inspectorState(robot, inspector) != HealthState.RUNNING);

        FxRobot inWindow = robot.targetWindow(inspector);
        TableView<?> packages = inWindow.lookup("#packageTable").queryTableView();
        assertThat(packages.getItems()).hasSize(3);
        robot.interact(() -> inWindow.lookup("#packageSearch").queryAs(javafx.scene.control.TextField.class).setText("log4j"));
        assertThat(packages.getItems()).hasSize(1);
        robot.interact(() -> inWindow.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(3));
        Screenshots.save(inspector.getScene(), "inspector-sbom");
    }

    private Stage inspectFirstRow(FxRobot robot) {
        select(robot, FakeQueryService.REJECTED);
        robot.clickOn("#runButton");
        FxWait.until("rows shown", () -> !windows.queryViewModel().rows().isEmpty());
        Node firstCell = robot.lookup("#resultTable .table-row-cell").nth(0).query();
        robot.doubleClickOn(firstCell);
        FxWait.until("inspector open", () -> windows.lastInspector().isPresent());
        Stage inspector = windows.lastInspector().orElseThrow();
        FxWait.until("inspected", () -> inspectorState(robot, inspector) != HealthState.RUNNING);
        return inspector;
    }

    private static HealthState inspectorState(FxRobot robot, Stage inspector) {
        Label badge = robot.from(inspector.getScene().getRoot()).lookup("#inspectorBadge").queryAs(Label.class);
        return badge.getStyleClass().contains("badge-ok") ? HealthState.VERIFIED
                : badge.getStyleClass().contains("badge-failed") ? HealthState.FAILED : HealthState.RUNNING;
    }

    private void open(FxRobot robot, Path store) {
        EvidenceStore evidence = new EvidenceStore("test", StoreKind.LOCAL, store, Optional.of(store.resolveSibling("keys")));
        robot.interact(() -> windows.showMain(evidence));
        FxWait.until("queries loaded", () -> !windows.queryViewModel().queries().isEmpty());
    }

    private void select(FxRobot robot, String id) {
        QuerySpec query = windows.queryViewModel().queries().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
        robot.interact(() -> windows.queryViewModel().selectedProperty().set(Optional.of(query)));
    }
}
