package dev.evidex.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.app.store.EvidenceStore;
import dev.evidex.app.store.StoreKind;
import dev.evidex.app.testing.TestStores;
import dev.evidex.verification.keys.TrustedKeys;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordInspectorTest {
    @TempDir
    Path temp;

    @Test
    void findsARecordInALaterBatchAndPassesEveryCheck() throws Exception {
        Path root = TestStores.create(temp);
        EvidenceStore store = new EvidenceStore("t", StoreKind.LOCAL, root, Optional.of(temp.resolve("keys")));

        Inspection inspection = new RecordInspector(store.objects(), store::trustedKeys)
                .inspect(new RecordReference(TestStores.CLUSTER_LOG, 10), () -> false);

        assertThat(inspection.record().path("index").asLong()).isEqualTo(10);
        assertThat(inspection.record().path("batch").asLong()).isEqualTo(3);
        assertThat(inspection.verified()).isTrue();
        assertThat(inspection.sealAndKey()).containsEntry("Batch", "3").containsKey("Signed root");
    }

    @Test
    void cosignSignatureIsReVerifiedWithTheTrustedImageSigningKey() throws Exception {
        Path root = TestStores.create(temp);
        EvidenceStore store = new EvidenceStore("t", StoreKind.LOCAL, root, Optional.of(temp.resolve("keys")));

        Inspection inspection = new RecordInspector(store.objects(), store::trustedKeys)
                .inspect(new RecordReference(TestStores.CI_LOG, 3), () -> false);

        assertThat(inspection.record().path("stream").asText()).isEqualTo("signature");
        assertThat(inspection.checks()).filteredOn(c -> c.name().startsWith("Cosign")).isNotEmpty()
                .filteredOn(c -> c.outcome() == CheckOutcome.FAILED).isEmpty();
        assertThat(inspection.checks()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("Cosign signature");
            assertThat(c.outcome()).isEqualTo(CheckOutcome.PASSED);
        });
    }

    @Test
    void withoutTrustedKeysTheSignatureIsNotShownAsVerified() throws Exception {
        Path root = TestStores.create(temp);
        EvidenceStore store = new EvidenceStore("t", StoreKind.LOCAL, root, Optional.empty());

        Inspection inspection = new RecordInspector(store.objects(), () -> TrustedKeys.of(List.of()))
                .inspect(new RecordReference(TestStores.CI_LOG, 0), () -> false);

        assertThat(inspection.verified()).isFalse();
        assertThat(inspection.checks()).filteredOn(c -> c.outcome() == CheckOutcome.FAILED).singleElement()
                .satisfies(check -> assertThat(check.detail()).contains("no trusted keys"));
    }

    @Test
    void anIndexBeyondTheLogIsReported() {
        Path root = TestStores.create(temp);
        EvidenceStore store = new EvidenceStore("t", StoreKind.LOCAL, root, Optional.empty());

        assertThatThrownBy(() -> new RecordInspector(store.objects(), () -> TrustedKeys.of(List.of()))
                .inspect(new RecordReference(TestStores.CI_LOG, 10_000), () -> false))
                .isInstanceOf(InspectionException.class).hasMessageContaining("no seal");
    }
}
