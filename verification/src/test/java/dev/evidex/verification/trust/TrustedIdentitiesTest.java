package dev.evidex.verification.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.keys.KeyPurpose;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustedIdentitiesTest {
    @TempDir
    Path temp;

    @Test
    void readsEachSignerWithItsPurposes() throws Exception {
        Path file = Files.writeString(temp.resolve("identities.json"), """
                {"identities":[{"subject_alternative_name":"https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main",
                  "issuer":"https://token.actions.githubusercontent.com","purposes":["attestation-signing","image-signing"]}]}
                """);

        assertThat(TrustedIdentities.read(file)).containsExactly(new TrustedIdentity(
                "https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main",
                "https://token.actions.githubusercontent.com", Set.of(KeyPurpose.ATTESTATION_SIGNING, KeyPurpose.IMAGE_SIGNING)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not-json                 | {"identities":[                                                                   | Unexpected end-of-input
            identities-not-an-array  | {"identities":{"subject_alternative_name":"a","issuer":"b","purposes":["image-signing"]}} | identities must be an array
            no-identities-field      | {}                                                                                | identities must be an array
            missing-san              | {"identities":[{"issuer":"b","purposes":["image-signing"]}]}                      | subject_alternative_name is required
            blank-issuer             | {"identities":[{"subject_alternative_name":"a","issuer":" ","purposes":["image-signing"]}]} | issuer is required
            unknown-purpose          | {"identities":[{"subject_alternative_name":"a","issuer":"b","purposes":["everything"]}]} | unknown key purpose 'everything'
            no-purpose               | {"identities":[{"subject_alternative_name":"a","issuer":"b","purposes":[]}]}       | purposes must list at least one purpose
            """)
    void aMalformedFileFailsWholeAndSaysWhy(String defect, String content, String message) throws Exception {
        Path file = Files.writeString(temp.resolve(defect + ".json"), content);

        assertThatThrownBy(() -> TrustedIdentities.read(file)).isInstanceOf(TrustConfigurationException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(message);
    }
}
