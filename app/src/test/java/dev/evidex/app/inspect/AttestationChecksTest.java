package dev.evidex.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreKind;
import dev.evidex.app.testing.AttestationStores;
import dev.evidex.app.testing.DemoStores;
import dev.evidex.verification.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DSSE attestations, SLSA provenance, Sigstore bundles and Cosign signatures re-verified by the inspector. */
class AttestationChecksTest {
    @TempDir
    Path temp;

    @Test
    void aDsseProvenanceSignedByTheTrustedKeyPassesEveryCheck() throws Exception {
        Inspection inspection = inspect(AttestationStores.create(temp), 0, true);

        assertThat(inspection.checks()).filteredOn(c -> c.name().startsWith("DSSE attestation "))
                .extracting(CheckResult::name).contains("DSSE attestation signature", "DSSE attestation statement",
                        "DSSE attestation subject-digest", "DSSE attestation builder-id",
                        "DSSE attestation source-repository");
        assertThat(inspection.checks()).filteredOn(c -> c.name().equals("DSSE attestation signature")).singleElement()
                .satisfies(c -> assertThat(c.detail()).isEqualTo("1 of 1 signatures verify"));
        assertThat(inspection.verified()).as("%s", inspection.checks()).isTrue();
    }

    @Test
    void aSignatureByAnUntrustedKeyFails() throws Exception {
        Inspection inspection = inspect(AttestationStores.create(temp), 1, true);

        assertThat(failed(inspection)).contains("DSSE attestation signature");
        assertThat(inspection.verified()).isFalse();
    }

    @Test
    void aSignedBuilderThatContradictsTheRecordFails() throws Exception {
        Inspection inspection = inspect(AttestationStores.create(temp), 2, true);

        assertThat(failed(inspection)).containsExactly("DSSE attestation builder-id");
        assertThat(inspection.checks()).filteredOn(c -> c.name().equals("DSSE attestation builder-id")).singleElement()
                .satisfies(c -> assertThat(c.detail()).contains("https://github.com/evil/builder@v1"));
    }

    @Test
    void aKeylessSigstoreBundleVerifiesWithTheTrustedRootOnDisk() throws Exception {
        Inspection inspection = inspect(AttestationStores.create(temp), 3, true);

        assertThat(inspection.checks()).filteredOn(c -> c.name().startsWith("Sigstore bundle "))
                .extracting(CheckResult::name).contains("Sigstore bundle signature", "Sigstore bundle subject-digest");
        assertThat(failed(inspection)).isEmpty();
        assertThat(inspection.checks()).filteredOn(c -> c.name().equals("Sigstore bundle signature")).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(CheckOutcome.PASSED));
    }

    @Test
    void aBundleWithABrokenSignatureFails() throws Exception {
        Inspection inspection = inspect(AttestationStores.create(temp), 4, true);

        assertThat(failed(inspection)).contains("Sigstore bundle signature");
    }

    @Test
    void withoutATrustedRootAKeylessBundleCannotBeVerified() throws Exception {
        Path store = AttestationStores.create(temp);
        Files.delete(temp.resolve("keys").resolve(EvidenceTrust.SIGSTORE_ROOT));

        Inspection inspection = inspect(store, 3, true);

        assertThat(inspection.checks()).filteredOn(c -> c.name().equals("Sigstore bundle signature")).singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(CheckOutcome.FAILED);
                    assertThat(c.detail()).contains("trusted root is required");
                });
    }

    @Test
    void withoutTrustedKeysNothingIsShownAsVerified() throws Exception {
        Inspection inspection = inspect(AttestationStores.create(temp), 0, false);

        assertThat(inspection.checks()).filteredOn(c -> c.name().startsWith("DSSE attestation")).singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(CheckOutcome.FAILED);
                    assertThat(c.detail()).startsWith("cannot verify: no trusted key");
                });
    }

    @Test
    void aTamperedEnvelopeFailsItsDigestAndIsNotVerified() throws Exception {
        Path store = AttestationStores.create(temp);
        String digest = inspect(store, 0, true).artifacts().get(0).digest();
        Path file = store.resolve("artifacts/sha256").resolve(digest.substring(7));
        file.toFile().setWritable(true);
        Files.writeString(file, Files.readString(file).replace("\"sig\":\"M", "\"sig\":\"N"));

        Inspection inspection = inspect(store, 0, true);

        assertThat(failed(inspection)).contains("Artifact dsse-envelope matches its digest", "DSSE attestation signature");
        assertThat(inspection.verified()).isFalse();
    }

    @Test
    void theDemoStoreLinksProvenanceAndCosignSignaturesThatVerify() throws Exception {
        Path store = DemoStores.shared();
        EvidenceStore evidence = new EvidenceStore("demo", StoreKind.DEMO, store,
                Optional.of(DemoStores.trustedKeys(store)));
        RecordReference provenance = first(store, "provenance");
        RecordReference signature = first(store, "signature");
        RecordInspector inspector = new RecordInspector(evidence.objects(), evidence::trustedKeys);

        Inspection provenanceInspection = inspector.inspect(provenance, () -> false);
        Inspection signatureInspection = inspector.inspect(signature, () -> false);

        assertThat(provenanceInspection.checks()).extracting(CheckResult::name).contains(
                "DSSE attestation signature", "DSSE attestation subject-digest", "DSSE attestation builder-id",
                "DSSE attestation source-repository");
        assertThat(provenanceInspection.verified()).as("%s", provenanceInspection.checks()).isTrue();
        assertThat(signatureInspection.checks()).extracting(CheckResult::name).contains("Cosign signature");
        assertThat(signatureInspection.verified()).as("%s", signatureInspection.checks()).isTrue();
    }

    @Test
    void aCosignSignatureLoggedInRekorHasItsLogEntryVerifiedWithTheRekorKeyOnDisk() throws Exception {
        Inspection inspection = inspect(AttestationStores.createCosignWithRekor(temp), 0, true);

        assertThat(inspection.checks()).filteredOn(c -> c.name().equals("Cosign transparency-log")).singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(CheckOutcome.PASSED);
                    assertThat(c.detail()).contains("log index 11608800");
                });
        assertThat(inspection.verified()).as("%s", inspection.checks()).isTrue();
    }

    @Test
    void withoutTheRekorKeyALinkedRekorBundleFailsInsteadOfBeingSkipped() throws Exception {
        Path store = AttestationStores.createCosignWithRekor(temp);
        Files.delete(temp.resolve("keys").resolve(EvidenceTrust.REKOR_KEY));

        Inspection inspection = inspect(store, 0, true);

        assertThat(inspection.checks()).filteredOn(c -> c.name().equals("Cosign transparency-log")).singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(CheckOutcome.FAILED);
                    assertThat(c.detail()).contains("no Rekor public key");
                });
        assertThat(inspection.checks()).filteredOn(c -> c.name().equals("Cosign signature")).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(CheckOutcome.PASSED));
    }

    private Inspection inspect(Path store, long index, boolean trusted) throws Exception {
        Optional<Path> keys = trusted ? Optional.of(temp.resolve("keys")) : Optional.empty();
        EvidenceStore evidence = new EvidenceStore("t", StoreKind.LOCAL, store, keys);
        return new RecordInspector(evidence.objects(), evidence::trustedKeys, EvidenceTrust.in(keys))
                .inspect(new RecordReference(AttestationStores.LOG, index), () -> false);
    }

    private static List<String> failed(Inspection inspection) {
        return inspection.checks().stream().filter(c -> c.outcome() == CheckOutcome.FAILED).map(CheckResult::name)
                .toList();
    }

    /** The first record of a stream in the store's batch objects. */
    private static RecordReference first(Path store, String stream) throws Exception {
        try (Stream<Path> files = Files.walk(store.resolve("records"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    var record = Json.mapper().readTree(line);
                    if (record.path("stream").asText().equals(stream)) {
                        return new RecordReference(record.path("log").asText(), record.path("index").asLong());
                    }
                }
            }
        }
        throw new AssertionError("no " + stream + " record in " + store);
    }
}
