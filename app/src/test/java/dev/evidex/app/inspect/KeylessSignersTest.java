package dev.evidex.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreKind;
import dev.evidex.app.testing.AttestationStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keyless signers an auditor trusts ({@code sigstore/identities.json} beside the trusted keys):
 * a real Sigstore bundle signed by a GitHub Actions workflow, checked against them.
 */
class KeylessSignersTest {
    private static final String SIGNER =
            "https://github.com/loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main";
    private static final String GITHUB = "https://token.actions.githubusercontent.com";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the workflow that signed it is trusted | {"identities":[{"subject_alternative_name":"SIGNER","issuer":"GITHUB","purposes":["attestation-signing"]}]} | certificate-identity | PASSED | signed by the expected identity SIGNER
            another workflow is trusted            | {"identities":[{"subject_alternative_name":"https://github.com/acme/payments/.github/workflows/release.yml@refs/heads/main","issuer":"GITHUB","purposes":["attestation-signing"]}]} | certificate-identity | FAILED | SIGNER
            the same name from another issuer      | {"identities":[{"subject_alternative_name":"SIGNER","issuer":"https://accounts.google.com","purposes":["image-signing"]}]} | certificate-identity | FAILED | https://accounts.google.com
            the signer is trusted for seals only   | {"identities":[{"subject_alternative_name":"SIGNER","issuer":"GITHUB","purposes":["seal-signing"]}]} | certificate-identity | FAILED | no signer in sigstore/identities.json is trusted
            a malformed identities file            | {"identities":[{"issuer":"GITHUB","purposes":["attestation-signing"]}]} | signature | FAILED | subject_alternative_name is required
            no identities file                     | | certificate-identity | NOT_APPLICABLE | no expected identity given; signed by SIGNER
            """)
    void aKeylessBundleIsCheckedAgainstTheTrustedSigners(String situation, String identities, String check,
            CheckOutcome expected, String detail) throws Exception {
        Path store = AttestationStores.create(temp);
        if (identities != null) {
            Files.writeString(temp.resolve("keys").resolve(EvidenceTrust.IDENTITIES),
                    identities.replace("SIGNER", SIGNER).replace("GITHUB", GITHUB));
        }

        Inspection inspection = inspect(store);

        assertThat(inspection.checks()).filteredOn(c -> c.name().equals("Sigstore bundle " + check)).singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(expected);
                    assertThat(c.detail()).contains(detail.replace("SIGNER", SIGNER));
                });
        if (expected == CheckOutcome.FAILED) {
            assertThat(inspection.checks()).filteredOn(c -> c.name().equals("Sigstore bundle signature"))
                    .noneMatch(c -> c.outcome() == CheckOutcome.PASSED);
        }
    }

    private Inspection inspect(Path store) throws Exception {
        Optional<Path> keys = Optional.of(temp.resolve("keys"));
        EvidenceStore evidence = new EvidenceStore("t", StoreKind.LOCAL, store, keys);
        return new RecordInspector(evidence.objects(), evidence::trustedKeys, EvidenceTrust.in(keys))
                .inspect(new RecordReference(AttestationStores.LOG, 3), () -> false);
    }
}
