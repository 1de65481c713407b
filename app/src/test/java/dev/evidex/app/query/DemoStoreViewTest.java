package dev.evidex.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.AppEnvironment;
import dev.evidex.app.AppWindows;
import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.health.HealthState;
import dev.evidex.app.inspect.CheckOutcome;
import dev.evidex.app.inspect.CheckResult;
import dev.evidex.app.inspect.RecordReference;
import dev.evidex.app.signin.SsoClients;
import dev.evidex.app.testing.DemoStores;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.Screenshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
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

/**
 * The app end to end on real parts: "Open the demo store" generates it with the collector's demo
 * generator, the query browser runs the real query pack on DuckDB, the inspector re-verifies a row.
 */
@ExtendWith(ApplicationExtension.class)
class DemoStoreViewTest {
    @TempDir
    static Path temp;

    private AppWindows windows;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppEnvironment environment = new AppEnvironment(temp.resolve("config"), temp.resolve("data"),
                temp.resolve("aws/config"), temp.resolve("aws/sso/cache"), new SsoClients(Optional.empty()),
                DemoStores.generator(), new PackQueryServices(temp.resolve("data/index"), DemoStores.CLOCK),
                new AthenaQueryServices(Optional.empty(), DemoStores.CLOCK),
                new dev.evidex.app.store.S3Evidence(Optional.empty()), url -> { });
        windows = new AppWindows(stage, environment, BackgroundExecutor.create());
        windows.show();
    }

    @AfterEach
    void close() {
        windows.lastInspector().ifPresent(window -> new FxRobot().interact(window::close));
        windows.lastExport().ifPresent(window -> new FxRobot().interact(window::close));
        windows.close();
    }

    @Test
    void opensTheDemoStoreRunsARealQueryAndVerifiesARow(FxRobot robot) {
        robot.clickOn("#openDemoButton");
        Screenshots.save(stage.getScene(), "demo-start-creating");
        FxWait.until("demo store generated and its queries loaded", () -> windows.queryViewModel().queries().size() == 10);
        assertThat(temp.resolve("data/demo-store/seals")).isDirectory();
        assertThat(temp.resolve("data/demo-store-trusted-keys")).isNotEmptyDirectory();

        select(robot, "rejected-admissions");
        robot.clickOn("#runButton");
        FxWait.until("rows shown", () -> !windows.queryViewModel().rows().isEmpty()
                && !windows.queryViewModel().runningProperty().get());
        TableView<ResultRow> table = robot.lookup("#resultTable").queryTableView();
        assertThat(table.getColumns()).extracting(column -> column.getText())
                .startsWith("time", "cluster", "namespace").endsWith("log", "index");
        assertThat(table.getItems()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.value(1)).isIn("prod-us-east-1", "prod-us-west-2", "staging-us-east-1");
            assertThat(row.value(8)).isIn("K8sRequireCosignSignature", "K8sRequiredLabels", "K8sPSPPrivilegedContainer");
        });
        assertThat(robot.lookup("#queryStatus").queryAs(Label.class).getText())
                .contains(table.getItems().size() + " rows", "engine duckdb");
        Screenshots.save(stage.getScene(), "demo-query-results");

        Node firstCell = robot.lookup("#resultTable .table-row-cell").nth(0).query();
        robot.doubleClickOn(firstCell);
        FxWait.until("inspector open", () -> windows.lastInspector().isPresent());
        Stage inspector = windows.lastInspector().orElseThrow();
        FxWait.until("inspected", () -> inspectorState(robot, inspector) != HealthState.RUNNING);
        FxRobot inWindow = robot.targetWindow(inspector);
        assertThat(inWindow.lookup("#inspectorBadge").queryAs(Label.class).getStyleClass()).contains("badge-ok");
        TableView<CheckResult> checks = inWindow.lookup("#checkTable").queryTableView();
        assertThat(checks.getItems()).isNotEmpty().extracting(CheckResult::outcome).containsOnly(CheckOutcome.PASSED);
        Screenshots.save(inspector.getScene(), "demo-inspector-verified");
        robot.interact(inspector::close);

        // The demo's provenance is a signed DSSE envelope: its checks run, they are not "not run".
        RecordReference provenance = firstRecord(temp.resolve("data/demo-store"), "provenance");
        robot.interact(() -> windows.openInspector(provenance));
        Stage provenanceInspector = windows.lastInspector().orElseThrow();
        FxWait.until("provenance inspected", () -> inspectorState(robot, provenanceInspector) != HealthState.RUNNING);
        TableView<CheckResult> provenanceChecks = robot.targetWindow(provenanceInspector).lookup("#checkTable")
                .queryTableView();
        assertThat(provenanceChecks.getItems()).filteredOn(c -> c.name().startsWith("DSSE attestation"))
                .extracting(CheckResult::outcome).isNotEmpty().containsOnly(CheckOutcome.PASSED);
        Screenshots.save(provenanceInspector.getScene(), "demo-inspector-provenance");
        robot.interact(provenanceInspector::close);

        robot.clickOn("#exportButton");
        FxWait.until("export wizard open", () -> windows.lastExport().isPresent());
        Screenshots.save(windows.lastExport().orElseThrow().getScene(), "demo-export-wizard");
    }

    private static RecordReference firstRecord(Path store, String stream) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(store.resolve("records"))) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    var record = dev.evidex.verification.json.Json.mapper().readTree(line);
                    if (record.path("stream").asText().equals(stream)) {
                        return new RecordReference(record.path("log").asText(), record.path("index").asLong());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no " + stream + " record in " + store);
    }

    private void select(FxRobot robot, String id) {
        List<QuerySpec> queries = windows.queryViewModel().queries();
        QuerySpec query = queries.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
        robot.interact(() -> windows.queryViewModel().selectedProperty().set(Optional.of(query)));
    }

    private static HealthState inspectorState(FxRobot robot, Stage inspector) {
        Label badge = robot.from(inspector.getScene().getRoot()).lookup("#inspectorBadge").queryAs(Label.class);
        return badge.getStyleClass().contains("badge-ok") ? HealthState.VERIFIED
                : badge.getStyleClass().contains("badge-failed") ? HealthState.FAILED : HealthState.RUNNING;
    }
}
