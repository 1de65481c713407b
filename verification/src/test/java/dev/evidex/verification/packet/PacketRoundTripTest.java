package dev.evidex.verification.packet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.query.Sampling;
import dev.evidex.verification.packet.verify.PacketCheck;
import dev.evidex.verification.packet.verify.PacketReport;
import dev.evidex.verification.packet.verify.PacketVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketRoundTripTest {
    @TempDir
    Path directory;
    PacketFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new PacketFixture(directory);
    }

    @Test
    void exportedPacketVerifiesUnderTheThirdPartysTrustedKeys() throws Exception {
        WrittenPacket packet = fixture.write(directory.resolve("packet.zip"));

        PacketReport report = new PacketVerifier(PacketVerifier.Options.trusting(
                TrustedKeys.load(fixture.trustedKeys), fixture.trustedKeys)).verify(packet.path());

        assertThat(report.failures()).isEmpty();
        assertThat(report.trustFromPacket()).isFalse();
        assertThat(report.checked()).containsEntry(PacketCheck.INCLUSION_PROOF, 4L).containsEntry(PacketCheck.RECORD_REFERENCE, 4L)
                .containsEntry(PacketCheck.CHECKPOINT, 2L).containsEntry(PacketCheck.ARTIFACT, 1L)
                .containsEntry(PacketCheck.EXPORTER_KEY, 1L);
        assertThat(report.toText()).startsWith("VERIFIED").contains(fixture.exporterSigner.keyId(), fixture.store.signer.keyId());
    }

    @Test
    void withoutTrustedKeysTheVerifierSaysLoudlyThatTrustCameFromThePacket() throws Exception {
        WrittenPacket packet = fixture.write(directory.resolve("packet.zip"));

        PacketReport report = new PacketVerifier(PacketVerifier.Options.trustingThePacket()).verify(packet.path());

        assertThat(report.verified()).isTrue();
        assertThat(report.trustFromPacket()).isTrue();
        assertThat(report.toText()).contains("TAKEN FROM THE PACKET ITSELF", "exporter key  " + fixture.exporterSigner.keyId());
        assertThat(report.notes()).anyMatch(note -> note.contains("compare it out of band"));
    }

    @Test
    void sameInputsAndTimeGiveAByteIdenticalPacket() throws Exception {
        WrittenPacket first = fixture.write(directory.resolve("first.zip"));
        WrittenPacket second = fixture.write(directory.resolve("second.zip"));

        assertThat(Files.readAllBytes(second.path())).isEqualTo(Files.readAllBytes(first.path()));
        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void aSampledPacketHoldsOnlyTheRecordsOfItsSampledRowsAndRecordsHowToRedrawThem() throws Exception {
        Sampling.Sample sample = Sampling.draw("assessor-2026", 2, fixture.rows.size());
        WrittenPacket packet = fixture.write(directory.resolve("sampled.zip"), ReportRenderer.NONE, Optional.of(sample));

        PacketReport report = new PacketVerifier(PacketVerifier.Options.trustingThePacket()).verify(packet.path());

        assertThat(report.failures()).isEmpty();
        assertThat(report.checked()).containsEntry(PacketCheck.SAMPLE, 1L).containsEntry(PacketCheck.RECORD_REFERENCE, 2L)
                .containsEntry(PacketCheck.INCLUSION_PROOF, 2L);
        assertThat(Sampling.draw("assessor-2026", 2, fixture.rows.size()).rows()).isEqualTo(sample.rows());
    }

    @Test
    void entriesAreSortedWithTheirTimestampFromTheCreationTime() throws Exception {
        WrittenPacket packet = fixture.write(directory.resolve("packet.zip"));

        try (ZipFile zip = new ZipFile(packet.path().toFile())) {
            List<String> names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertThat(names).isSorted().contains("manifest.json", "manifest.sig", "exporter.pub", "SHA256SUMS",
                    "controls.json", "retention.json", "queries/audit-records/result.csv",
                    "evidence/logs/ci.app/proofs.txt", "evidence/logs/cluster.prod/checkpoint.json");
            assertThat(zip.stream().map(entry -> entry.getTimeLocal().toString()).distinct()).containsExactly("2026-04-01T12:00");
            assertThat(zip.stream().filter(entry -> entry.getExtra() != null)).isEmpty();
        }
    }
}
