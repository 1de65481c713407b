package dev.evidex.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.AppWindows;
import dev.evidex.app.inspect.CheckOutcome;
import dev.evidex.app.inspect.CheckResult;
import dev.evidex.app.query.QuerySpec;
import dev.evidex.app.settings.SettingsRepository;
import dev.evidex.app.settings.StoreSettings;
import dev.evidex.app.testing.FakeS3Server;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.Screenshots;
import dev.evidex.app.testing.TestStores;
import dev.evidex.querypack.athena.FakeAthenaServer;
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
 * Signed in to AWS, a row of an Athena result opens the record inspector over the raw evidence in
 * S3 (local S3-protocol server), read with the role's credentials, and every check re-runs locally.
 */
@ExtendWith(ApplicationExtension.class)
class AthenaInspectorViewTest {
    private static final String ACCOUNT = AuditorSignIn.ACCOUNT;
    private static final String QUERY = "rejected-admissions";

    @TempDir
    static Path root;

    private static Path store;

    @TempDir
    Path temp;

    private FakeIdentityCenter identityCenter;
    private FakeAthenaServer athena;
    private FakeS3Server s3;
    private AppWindows windows;
    private Stage stage;

    @BeforeAll
    static void writeStore() {
        store = TestStores.create(root);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        identityCenter = AuditorSignIn.identityCenter();
        athena = FakeAthenaServer.start(store);
        s3 = new FakeS3Server("acme-evidence", "evidex/acme", store);
        windows = AuditorSignIn.showApp(stage, temp, identityCenter, athena, s3);
    }

    @AfterEach
    void stop() {
        windows.lastSettings().ifPresent(window -> new FxRobot().interact(window::close));
        windows.close();
        athena.close();
        s3.close();
        windows.lastInspector().ifPresent(window -> new FxRobot().interact(window::close));
        identityCenter.close();
    }

    @Test
    void aRowOfAnAthenaResultIsInspectedFromS3WithTheRole(FxRobot robot) throws Exception {
        new SettingsRepository(temp.resolve("config")).save("aws:" + ACCOUNT, new StoreSettings("evidex", "evidex_audit",
                "s3://acme-athena-results/", "eu-west-1", "acme-evidence", "evidex/acme", root.resolve("keys").toString()));
        AuditorSignIn.signIn(robot, windows);
        FxWait.until("pack on Athena", () -> status(robot).contains("engine athena"));

        QuerySpec query = windows.queryViewModel().queries().stream().filter(q -> q.id().equals(QUERY)).findFirst()
                .orElseThrow();
        robot.interact(() -> windows.queryViewModel().selectedProperty().set(Optional.of(query)));
        robot.clickOn("#runButton");
        FxWait.until("rows shown", () -> !windows.queryViewModel().runningProperty().get()
                && !windows.queryViewModel().rows().isEmpty());
        Node firstRow = robot.lookup("#resultTable .table-row-cell").nth(0).query();
        robot.doubleClickOn(firstRow);
        FxWait.until("inspector open", () -> windows.lastInspector().isPresent());
        Stage inspector = windows.lastInspector().get();
        FxWait.until("inspected", () -> !robot.from(inspector.getScene().getRoot()).lookup("#inspectorBadge")
                .queryAs(Label.class).getStyleClass().contains("badge-neutral"));

        FxRobot inWindow = robot.targetWindow(inspector);
        assertThat(inWindow.lookup("#inspectorBadge").queryAs(Label.class).getStyleClass()).contains("badge-ok");
        TableView<CheckResult> checks = inWindow.lookup("#checkTable").queryTableView();
        assertThat(checks.getItems()).extracting(CheckResult::name).contains("Batch object matches the seal's digest",
                "Inclusion proof against the signed root", "Seal signature under a trusted key");
        assertThat(checks.getItems()).extracting(CheckResult::outcome).containsOnly(CheckOutcome.PASSED);
        assertThat(s3.methods()).containsOnly("GET");
        assertThat(s3.accessKeyIds()).containsExactly("ASIAEXAMPLE");
        Screenshots.save(inspector.getScene(), "athena-inspector-s3");
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#queryStatus").queryAs(Label.class).getText();
    }
}
