package dev.evidex.app.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.evidex.app.AppWindows;
import dev.evidex.app.health.FailureRow;
import dev.evidex.app.health.HealthState;
import dev.evidex.app.health.LogHealth;
import dev.evidex.app.settings.SettingsRepository;
import dev.evidex.app.settings.StoreSettings;
import dev.evidex.app.testing.FakeS3Server;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.S3Uploads;
import dev.evidex.app.testing.Screenshots;
import dev.evidex.app.testing.TestStores;
import dev.evidex.querypack.athena.FakeAthenaServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
 * Signed in to AWS, "Verify store" verifies the whole store in the account's evidence bucket (local
 * S3-protocol server, the store uploaded with Object Lock except the cluster log's seals) with the
 * role's credentials, reading only; a tampered object turns it red.
 */
@ExtendWith(ApplicationExtension.class)
class AthenaStoreHealthViewTest {
    @TempDir
    Path root;

    @TempDir
    Path temp;

    private static final Instant RETAIN_UNTIL = Instant.parse("2033-01-31T00:00:00Z");

    private Path bucket;
    private FakeIdentityCenter identityCenter;
    private FakeAthenaServer athena;
    private FakeS3Server s3;
    private AppWindows windows;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path store = TestStores.create(root);
        identityCenter = AuditorSignIn.identityCenter();
        athena = FakeAthenaServer.start(store);
        bucket = Files.createDirectories(temp.resolve("bucket"));
        s3 = FakeS3Server.writable("acme-evidence", "evidex/acme", bucket);
        S3Uploads.upload(s3.endpoint(), "acme-evidence", "evidex/acme", store,
                key -> !key.startsWith("seals/" + TestStores.CLUSTER_LOG + "/"), RETAIN_UNTIL);
        s3.forgetRequests();
        windows = AuditorSignIn.showApp(stage, temp, identityCenter, athena, s3);
    }

    @AfterEach
    void stop() {
        windows.close();
        athena.close();
        s3.close();
        identityCenter.close();
    }

    private void signInWith(FxRobot robot, String bucket) throws Exception {
        new SettingsRepository(temp.resolve("config")).save("aws:" + AuditorSignIn.ACCOUNT, new StoreSettings("evidex",
                "evidex_audit", "s3://acme-athena-results/", "eu-west-1", bucket, "evidex/acme",
                root.resolve("keys").toString()));
        AuditorSignIn.signIn(robot, windows);
        FxWait.until("pack on Athena", () -> robot.lookup("#queryStatus").queryAs(Label.class).getText()
                .contains("engine athena"));
        robot.interact(() -> robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(1));
    }

    private HealthState verify(FxRobot robot) {
        robot.clickOn("#verifyStoreButton");
        FxWait.until("verification finished", () -> {
            HealthState state = windows.mainViewModel().health().stateProperty().get();
            return state != HealthState.RUNNING && state != HealthState.NOT_VERIFIED;
        });
        return windows.mainViewModel().health().stateProperty().get();
    }

    @Test
    void theStoreInTheEvidenceBucketVerifiesWithTheRoleReadingOnly(FxRobot robot) throws Exception {
        signInWith(robot, "acme-evidence");

        assertThat(verify(robot)).isEqualTo(HealthState.VERIFIED);
        assertThat(robot.lookup("#healthBadge").queryAs(Label.class).getStyleClass()).contains("badge-ok");
        TableView<LogHealth> logs = robot.lookup("#logTable").queryTableView();
        assertThat(logs.getItems()).extracting(LogHealth::log, LogHealth::retention).containsExactly(
                tuple(TestStores.CI_LOG, "COMPLIANCE until 2033-01-31T00:00:00Z (last seal)"),
                tuple(TestStores.CLUSTER_LOG, "NO OBJECT LOCK on the last seal"));
        // GetObject, HeadObject and ListObjectsV2: never a write.
        assertThat(s3.methods()).contains("GET").isSubsetOf("GET", "HEAD");
        assertThat(s3.accessKeyIds()).containsExactly("ASIAEXAMPLE");
        Screenshots.save(stage.getScene(), "store-health-s3");
    }

    @Test
    void aTamperedObjectInTheBucketTurnsItRed(FxRobot robot) throws Exception {
        String key = bucket.relativize(TestStores.tamper(bucket, TestStores.CLUSTER_LOG)).toString();
        signInWith(robot, "acme-evidence");

        assertThat(verify(robot)).isEqualTo(HealthState.FAILED);
        TableView<FailureRow> failures = robot.lookup("#failureTable").queryTableView();
        assertThat(failures.getItems()).anySatisfy(failure -> {
            assertThat(failure.check()).isEqualTo("batch-object");
            assertThat(failure.objectKey()).isEqualTo(key);
        });
    }

    @Test
    void withoutAnEvidenceBucketItSaysWhatToSet(FxRobot robot) throws Exception {
        signInWith(robot, "");

        assertThat(robot.lookup("#verifyStoreButton").queryButton().isDisabled()).isTrue();
        assertThat(windows.mainViewModel().health().messageProperty().get()).contains("Set the evidence bucket");
    }
}
