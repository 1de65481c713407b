package dev.evidex.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsConfigFileTest {
    @Test
    void readsSsoSessionAndLegacyProfilesAndSkipsOthers() {
        List<SsoProfile> profiles = AwsConfigFile.parse("""
                [default]
                region = us-east-1

                [profile audit]
                sso_session = acme
                sso_account_id = 111122223333
                sso_role_name = EvidexAuditor
                region = eu-west-1

                [sso-session acme]
                sso_start_url = https://acme.awsapps.com/start
                sso_region = eu-west-1
                sso_registration_scopes = sso:account:access

                [profile legacy]
                sso_start_url = https://old.awsapps.com/start
                sso_region = us-east-2
                sso_account_id = 444455556666
                sso_role_name = ReadOnly

                [profile keys]
                aws_access_key_id = AKIAEXAMPLE
                # a comment
                [profile broken]
                sso_session = missing
                """);

        assertThat(profiles).extracting(SsoProfile::name).containsExactly("audit", "legacy");
        SsoProfile audit = profiles.get(0);
        assertThat(audit.target()).isEqualTo(new SsoTarget("https://acme.awsapps.com/start", "eu-west-1",
                Optional.of("acme")));
        assertThat(audit.accountId()).contains("111122223333");
        assertThat(audit.roleName()).contains("EvidexAuditor");
        assertThat(profiles.get(1).target().cacheKey()).isEqualTo("https://old.awsapps.com/start");
    }
}
