package dev.evidex.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.AppWindows;
import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.Screenshots;
import dev.evidex.app.testing.TestEnvironments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SignInViewTest {
    @TempDir
    static Path temp;

    private FakeIdentityCenter server;
    private AppWindows windows;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        server = AuditorSignIn.identityCenter();
        AuditorSignIn.writeAwsConfig(temp);
        windows = new AppWindows(stage, TestEnvironments.in(temp, Optional.of(server.endpoint())), BackgroundExecutor.create());
        windows.show();
    }

    @AfterEach
    void stop() {
        windows.close();
        server.close();
    }

    @Test
    void signsInWithTheDeviceCodeThenPicksAccountAndRole(FxRobot robot) throws Exception {
        server.pendingPolls = 2;
        FxWait.until("profiles loaded", () -> !windows.signInViewModel().profiles().isEmpty());
        robot.interact(() -> windows.signInViewModel().profileProperty().set(windows.signInViewModel().profiles().get(0)));

        robot.clickOn("#signInButton");
        FxWait.until("user code shown", () -> !robot.lookup("#userCodeLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#userCodeLabel").queryAs(Label.class).getText()).isEqualTo("WDJB-MJHT");
        assertThat(TestEnvironments.OPENED_URLS).contains("https://device.sso.example/?user_code=WDJB-MJHT");
        Screenshots.save(stage.getScene(), "sign-in-device-code");

        FxWait.until("role chosen from the profile",
                () -> "EvidexAuditor".equals(windows.signInViewModel().roleProperty().get()));
        Screenshots.save(stage.getScene(), "sign-in-account-role");
        robot.clickOn("#useRoleButton");
        FxWait.until("main window", () -> !robot.lookup("#mainRoot").queryAll().isEmpty());

        assertThat(robot.lookup("#identityLabel").queryAs(Label.class).getText())
                .isEqualTo("EvidexAuditor @ audit (111122223333)");
        assertThat(Files.list(temp.resolve("aws/sso/cache")).toList()).hasSize(1);
    }

    @Test
    void deniedSignInShowsWhy(FxRobot robot) {
        server.outcome = FakeIdentityCenter.Outcome.DENY;
        robot.clickOn("#startUrlField").write("https://acme.awsapps.com/start");
        robot.interact(() -> windows.signInViewModel().regionProperty().set("eu-west-1"));

        robot.clickOn("#signInButton");
        FxWait.until("failed", () -> windows.signInViewModel().stateProperty().get() == SignInState.FAILED);

        assertThat(robot.lookup("#signInMessage").queryAs(Label.class).getText()).contains("denied");
    }
}
