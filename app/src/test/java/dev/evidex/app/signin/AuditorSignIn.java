package dev.evidex.app.signin;

import dev.evidex.app.AppWindows;
import dev.evidex.app.common.BackgroundExecutor;
import dev.evidex.app.testing.FakeS3Server;
import dev.evidex.app.testing.FxWait;
import dev.evidex.app.testing.TestEnvironments;
import dev.evidex.querypack.athena.FakeAthenaServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The auditor every AWS view test signs in as: one account, one role, one profile in ~/.aws/config. */
final class AuditorSignIn {
    static final String ACCOUNT = "111122223333";

    private AuditorSignIn() {}

    /** A local Identity Center whose user may take the auditor role in {@link #ACCOUNT}. */
    static FakeIdentityCenter identityCenter() throws IOException {
        FakeIdentityCenter server = new FakeIdentityCenter();
        server.accounts.put(ACCOUNT, "audit");
        server.roles.put(ACCOUNT, List.of("EvidexAuditor"));
        return server;
    }

    /** Writes {@code temp/aws/config} with the profile {@code audit} over the {@code acme} SSO session. */
    static void writeAwsConfig(Path temp) throws IOException {
        Path config = Files.createDirectories(temp.resolve("aws")).resolve("config");
        Files.writeString(config, """
                [profile audit]
                sso_session = acme
                sso_account_id = 111122223333
                sso_role_name = EvidexAuditor
                [sso-session acme]
                sso_start_url = https://acme.awsapps.com/start
                sso_region = eu-west-1
                """);
    }

    /**
     * The app on its start screen, with the profile in {@code temp/aws/config} and AWS endpoints at
     * the local Identity Center, Athena and S3 servers.
     */
    static AppWindows showApp(Stage stage, Path temp, FakeIdentityCenter identityCenter, FakeAthenaServer athena,
            FakeS3Server s3) throws IOException {
        writeAwsConfig(temp);
        AppWindows windows = new AppWindows(stage, TestEnvironments.in(temp, Optional.of(identityCenter.endpoint()),
                Optional.of(athena.endpoint()), Optional.of(s3.endpoint())), BackgroundExecutor.create());
        windows.show();
        return windows;
    }

    /** Signs in with the profile and its role, and waits for the main window. */
    static void signIn(FxRobot robot, AppWindows windows) {
        FxWait.until("profiles loaded", () -> !windows.signInViewModel().profiles().isEmpty());
        robot.interact(() -> windows.signInViewModel().profileProperty().set(windows.signInViewModel().profiles().get(0)));
        robot.clickOn("#signInButton");
        FxWait.until("role chosen from the profile",
                () -> "EvidexAuditor".equals(windows.signInViewModel().roleProperty().get()));
        robot.clickOn("#useRoleButton");
        FxWait.until("main window", () -> !robot.lookup("#mainRoot").queryAll().isEmpty());
    }
}
