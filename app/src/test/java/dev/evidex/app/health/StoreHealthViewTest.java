package dev.evidex.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.AppWindows;
import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreKind;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.Screenshots;
import dev.evidex.app.testing.TestEnvironments;
import dev.evidex.app.testing.TestStores;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StoreHealthViewTest {
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
    void goodStoreVerifiesGreenWithPerLogSummary(FxRobot robot) {
        open(robot, TestStores.create(temp));

        robot.clickOn("#verifyStoreButton");
        FxWait.until("verification finished", () -> !windows.mainViewModel().health().runningProperty().get()
                && windows.mainViewModel().health().stateProperty().get() != HealthState.NOT_VERIFIED);

        Label badge = robot.lookup("#healthBadge").queryAs(Label.class);
        assertThat(badge.getStyleClass()).contains("badge-ok");
        TableView<LogHealth> logs = robot.lookup("#logTable").queryTableView();
        assertThat(logs.getItems()).extracting(LogHealth::log).containsExactly(TestStores.CI_LOG, TestStores.CLUSTER_LOG);
        assertThat(logs.getItems()).allSatisfy(log -> {
            assertThat(log.batches()).isEqualTo(5);
            assertThat(log.signingKeys()).hasSize(1);
        });
        assertThat(robot.lookup("#failureTable").queryTableView().getItems()).isEmpty();
        Screenshots.save(stage.getScene(), "store-health-verified");
    }

    @Test
    void tamperedStoreTurnsRedAndNamesTheObject(FxRobot robot) throws Exception {
        Path store = TestStores.create(temp);
        Path batch = TestStores.tamper(store, TestStores.CLUSTER_LOG);
        open(robot, store);

        robot.clickOn("#verifyStoreButton");
        FxWait.until("verification finished",
                () -> windows.mainViewModel().health().stateProperty().get() == HealthState.FAILED);

        assertThat(robot.lookup("#healthBadge").queryAs(Label.class).getStyleClass()).contains("badge-failed");
        assertThat(robot.lookup("#mainHealthBadge").queryAs(Label.class).getStyleClass()).contains("badge-failed");
        TableView<FailureRow> failures = robot.lookup("#failureTable").queryTableView();
        String key = store.relativize(batch).toString();
        assertThat(failures.getItems()).anySatisfy(failure -> {
            assertThat(failure.check()).isEqualTo("batch-object");
            assertThat(failure.log()).isEqualTo(TestStores.CLUSTER_LOG);
            assertThat(failure.batch()).isEqualTo("0");
            assertThat(failure.objectKey()).isEqualTo(key);
        });
        TableView<LogHealth> logs = robot.lookup("#logTable").queryTableView();
        assertThat(logs.getItems()).filteredOn(LogHealth::verified).extracting(LogHealth::log)
                .containsExactly(TestStores.CI_LOG);
        Screenshots.save(stage.getScene(), "store-health-tampered");
    }

    private void open(FxRobot robot, Path store) {
        EvidenceStore evidence = new EvidenceStore("test", StoreKind.LOCAL, store, Optional.of(store.resolveSibling("keys")));
        robot.interact(() -> windows.showMain(evidence));
        robot.interact(() -> robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(1));
    }
}
