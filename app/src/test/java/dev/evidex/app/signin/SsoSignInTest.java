package dev.evidex.app.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsoSignInTest {
    private static final SsoTarget TARGET = new SsoTarget("https://acme.awsapps.com/start", "eu-west-1",
            Optional.of("acme"));

    @TempDir
    Path temp;

    private FakeIdentityCenter server;
    private final List<Duration> sleeps = new ArrayList<>();
    private final List<DeviceCode> codes = new ArrayList<>();
    private SsoTokenCache cache;
    private SsoSignIn signIn;

    @BeforeEach
    void start() throws Exception {
        server = new FakeIdentityCenter();
        cache = new SsoTokenCache(temp.resolve("sso/cache"));
        signIn = new SsoSignIn(new SsoClients(Optional.of(server.endpoint())), cache, Clock.systemUTC(), sleeps::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void deviceFlowSignsInCachesTheTokenLikeTheCliAndListsAccountsAndRoles() throws Exception {
        server.accounts.put("111122223333", "audit");
        server.accounts.put("444455556666", "production");
        server.roles.put("111122223333", List.of("EvidexAuditor", "ReadOnly"));
        server.accountsPageSize = 1;

        SsoToken token = signIn.signIn(TARGET, codes::add, () -> false);

        assertThat(codes).singleElement().satisfies(code -> {
            assertThat(code.userCode()).isEqualTo("WDJB-MJHT");
            assertThat(code.verificationUriComplete()).contains("user_code=WDJB-MJHT");
        });
        assertThat(token.accessToken()).isEqualTo(FakeIdentityCenter.ACCESS_TOKEN);
        assertThat(token.toString()).doesNotContain(FakeIdentityCenter.ACCESS_TOKEN, FakeIdentityCenter.REFRESH_TOKEN);
        Path file = cache.file(TARGET);
        // SHA-1 of "acme", the session name, as the AWS CLI v2 names it.
        assertThat(file.getFileName().toString()).isEqualTo("293abb6b76d7791c0732cc517d38c4b5c734b87f.json");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String json = Files.readString(file);
        assertThat(json).contains("\"startUrl\":\"https://acme.awsapps.com/start\"", "\"region\":\"eu-west-1\"",
                "\"accessToken\"", "\"expiresAt\"", "\"clientId\":\"client-id\"", "\"clientSecret\"",
                "\"registrationExpiresAt\"", "\"refreshToken\"");
        assertThat(json).containsPattern("\"expiresAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"");

        assertThat(signIn.accounts(TARGET, token)).extracting(SsoAccount::accountName)
                .containsExactly("audit", "production");
        assertThat(signIn.roles(TARGET, token, "111122223333")).containsExactly("EvidexAuditor", "ReadOnly");
        RoleCredentials credentials = signIn.credentials(TARGET, token, "111122223333", "EvidexAuditor").current();
        assertThat(credentials.accessKeyId()).isEqualTo("ASIAEXAMPLE");
        assertThat(credentials.toString()).doesNotContain("secret-key", "session-token");
    }

    @Test
    void pollingWaitsWhilePendingAndSlowsDownWhenAsked() throws Exception {
        server.pendingPolls = 2;
        server.slowDownPolls = 1;

        signIn.signIn(TARGET, codes::add, () -> false);

        // interval 1 s; slow_down adds 5 s and the slower interval is kept for later polls.
        assertThat(sleeps).containsExactly(Duration.ofSeconds(6), Duration.ofSeconds(6), Duration.ofSeconds(6));
        assertThat(server.requests.stream().filter(r -> r.equals("POST /token")).count()).isEqualTo(4);
    }

    @Test
    void expiredCodeFailsWithAClearMessageAndCachesNothing() {
        server.pendingPolls = 1;
        server.outcome = FakeIdentityCenter.Outcome.EXPIRE;

        assertThatThrownBy(() -> signIn.signIn(TARGET, codes::add, () -> false))
                .isInstanceOf(SignInException.class).hasMessageContaining("expired");
        assertThat(cache.file(TARGET)).doesNotExist();
    }

    @Test
    void deniedSignInFails() {
        server.outcome = FakeIdentityCenter.Outcome.DENY;

        assertThatThrownBy(() -> signIn.signIn(TARGET, codes::add, () -> false))
                .isInstanceOf(SignInException.class).hasMessageContaining("denied");
    }

    @Test
    void noAccountsIsAnEmptyList() throws Exception {
        SsoToken token = signIn.signIn(TARGET, codes::add, () -> false);

        assertThat(signIn.accounts(TARGET, token)).isEmpty();
    }

    @Test
    void cachedTokenIsReusedWithoutAnyRequestAndSignOutRemovesIt() throws Exception {
        signIn.signIn(TARGET, codes::add, () -> false);
        server.requests.clear();

        SsoToken again = signIn.signIn(TARGET, codes::add, () -> false);

        assertThat(again.accessToken()).isEqualTo(FakeIdentityCenter.ACCESS_TOKEN);
        assertThat(server.requests).isEmpty();
        assertThat(signIn.signOut(TARGET)).isTrue();
        assertThat(cache.file(TARGET)).doesNotExist();
    }

    @Test
    void cancelStopsPolling() {
        server.pendingPolls = 1000;

        assertThatThrownBy(() -> signIn.signIn(TARGET, codes::add, () -> sleeps.size() >= 2))
                .isInstanceOf(InterruptedException.class);
        assertThat(sleeps).hasSize(2);
    }

}
