package dev.evidex.app.signin;

import dev.evidex.app.AppWindows;
import dev.evidex.app.testing.FxWait;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
