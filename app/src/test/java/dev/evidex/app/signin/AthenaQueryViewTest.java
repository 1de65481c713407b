package dev.evidex.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.evidex.app.AppWindows;
import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.common.Messages;
import dev.evidex.app.query.QuerySpec;
import dev.evidex.app.query.ResultRow;
import dev.evidex.app.settings.SettingsRepository;
import dev.evidex.app.settings.StoreSettings;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.Screenshots;
import dev.evidex.app.testing.TestEnvironments;
import dev.evidex.querypack.athena.FakeAthenaServer;
import dev.evidex.querypack.testing.AuditScenario;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Signed in through IAM Identity Center (local SSO server), the query pack runs on Athena (local
 * Athena-protocol server executing on DuckDB) with the role's credentials, through the real SDK clients.
 */
@ExtendWith(ApplicationExtension.class)
class AthenaQueryViewTest {
    private static final String ACCOUNT = AuditorSignIn.ACCOUNT;
    private static final String QUERY = "component-in-version-range";

    @TempDir
    static Path store;

    @TempDir
    Path temp;

    private FakeIdentityCenter identityCenter;
    private FakeAthenaServer athena;
    private AppWindows windows;
    private Stage stage;

    @BeforeAll
    static void writeStore() {
        AuditScenario.write(store);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        identityCenter = AuditorSignIn.identityCenter();
        athena = FakeAthenaServer.start(store);
        AuditorSignIn.writeAwsConfig(temp);
        windows = new AppWindows(stage, TestEnvironments.in(temp, Optional.of(identityCenter.endpoint()),
                Optional.of(athena.endpoint())), BackgroundExecutor.create());
        windows.show();
    }

    @AfterEach
    void stop() {
        windows.lastSettings().ifPresent(window -> new FxRobot().interact(window::close));
        windows.close();
        athena.close();
        identityCenter.close();
    }

    @Test
    void athenaSettingsThenAQueryShowsRowsAndTheExecution(FxRobot robot) {
        AuditorSignIn.signIn(robot, windows);
        FxWait.until("asked for settings", () -> status(robot).equals(Messages.get("athena.notConfigured")));

        robot.clickOn("#settingsButton");
        FxWait.until("settings open", () -> windows.lastSettings().isPresent());
        FxRobot dialog = robot.targetWindow(windows.lastSettings().get());
        write(dialog, "#workgroupField", "evidex");
        write(dialog, "#databaseField", "evidex_audit");
        write(dialog, "#outputLocationField", "s3://acme-athena-results/evidex/");
        write(dialog, "#regionField", "eu-west-1");
        Screenshots.save(windows.lastSettings().get().getScene(), "athena-settings");
        dialog.clickOn("#saveSettingsButton");
        FxWait.until("pack on Athena", () -> status(robot).contains("engine athena"));
        robot.interact(() -> windows.lastSettings().get().close());

        runQuery(robot, "=2.14.1");
        FxWait.until("rows shown", () -> !windows.queryViewModel().runningProperty().get()
                && !windows.queryViewModel().rows().isEmpty());

        TableView<ResultRow> table = robot.lookup("#resultTable").queryTableView();
        assertThat(table.getItems()).hasSize(3);
        assertThat(table.getItems()).extracting(row -> row.value(0))
                .containsExactlyInAnyOrder("payments", "records-api", "portal");
        assertThat(table.getItems()).extracting(row -> row.value(4)).containsOnly("2.14.1");
        assertThat(status(robot)).matches("3 rows · engine athena · \\d+\\.\\d\\d s · data scanned \\d+(\\.\\d)? [KM]?B"
                + " · execution [0-9a-f-]{36}");
        JsonNode started = athena.startRequests().get(0);
        assertThat(started.path("WorkGroup").asText()).isEqualTo("evidex");
        assertThat(started.path("QueryExecutionContext").path("Database").asText()).isEqualTo("evidex_audit");
        assertThat(started.path("ResultConfiguration").path("OutputLocation").asText())
                .isEqualTo("s3://acme-athena-results/evidex/");
        assertThat(started.path("ExecutionParameters")).isNotEmpty();
        assertThat(athena.accessKeyIds()).containsExactly("ASIAEXAMPLE");
        Screenshots.save(stage.getScene(), "athena-results");

        Node firstRow = robot.lookup("#resultTable .table-row-cell").nth(0).query();
        robot.doubleClickOn(firstRow);
        FxWait.until("told why", () -> status(robot).equals(Messages.get("inspector.needsBucket")));
        assertThat(windows.lastInspector()).isEmpty();
    }

    @Test
    void cancelStopsTheAthenaExecutionAndCredentialsAreRefreshed(FxRobot robot) throws Exception {
        new SettingsRepository(temp.resolve("config")).save("aws:" + ACCOUNT,
                new StoreSettings("evidex", "evidex_audit", "s3://acme-athena-results/", "eu-west-1", "", "", ""));
        // Credentials that are always within five minutes of expiry are fetched again for every request.
        identityCenter.credentialsLifetimeMillis = 240_000;
        athena.holdRunning(true);
        AuditorSignIn.signIn(robot, windows);
        FxWait.until("pack on Athena", () -> status(robot).contains("engine athena"));

        runQuery(robot, "<2.17.1");
        FxWait.until("executing on Athena", () -> athena.requests("GetQueryExecution") >= 2);
        robot.clickOn("#cancelQueryButton");

        FxWait.until("cancelled", () -> !windows.queryViewModel().runningProperty().get());
        assertThat(status(robot)).isEqualTo(Messages.get("query.cancelled"));
        FxWait.until("StopQueryExecution sent", () -> athena.requests("StopQueryExecution") >= 1);
        assertThat(windows.queryViewModel().rows()).isEmpty();
        assertThat(identityCenter.requests.stream().filter(r -> r.endsWith("/federation/credentials")).count())
                .isGreaterThan(2);
        assertThat(athena.accessKeyIds()).hasSizeGreaterThan(1).allMatch(id -> id.startsWith("ASIAEXAMPLE"));
        Screenshots.save(stage.getScene(), "athena-cancelled");
    }

    private void runQuery(FxRobot robot, String versions) {
        QuerySpec query = windows.queryViewModel().queries().stream().filter(q -> q.id().equals(QUERY)).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            windows.queryViewModel().selectedProperty().set(Optional.of(query));
            windows.queryViewModel().parameters().stream().filter(field -> field.spec().name().equals("versions"))
                    .findFirst().orElseThrow().textProperty().set(versions);
        });
        robot.clickOn("#runButton");
    }

    private static void write(FxRobot dialog, String field, String text) {
        dialog.interact(() -> dialog.lookup(field).queryAs(javafx.scene.control.TextField.class).setText(text));
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#queryStatus").queryAs(Label.class).getText();
    }
}
