package dev.evidex.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.evidex.verification.keys.TrustedKeys;
import dev.evidex.verification.packet.WrittenPacket;
import dev.evidex.verification.packet.verify.PacketCheck;
import dev.evidex.verification.packet.verify.PacketReport;
import dev.evidex.verification.packet.verify.PacketVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketExporterTest {
    @TempDir
    Path directory;
    ExportFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ExportFixture(directory);
    }

    private ExportRequest request(Optional<ExportRequest.SampleRequest> sampling, Path out) throws ExportException {
        return new ExportRequest(EvidenceSource.local(fixture.store), List.of(new ExportRequest.QueryRequest("rejected-admissions", ExportFixture.parameters())),
                ExportRequests.assessment(fixture.assessment), List.of("10.h", "09.aa"), sampling, fixture.signingKey,
                Optional.empty(), "officer@example.com", "sso", Instant.parse("2026-03-01T00:00:00Z"), out);
    }

    @Test
    void exportThenVerifyPassesAndProgressReachesTheEnd() throws Exception {
        List<Double> progress = new ArrayList<>();
        WrittenPacket packet = new PacketExporter(ExportFixture.fakeEngine(fixture.records))
                .export(request(Optional.empty(), directory.resolve("packet.zip")), (step, fraction) -> progress.add(fraction), () -> false);

        PacketReport report = new PacketVerifier(PacketVerifier.Options.trusting(TrustedKeys.load(fixture.trustedKeys),
                fixture.trustedKeys)).verify(packet.path());
        assertThat(report.failures()).isEmpty();
        assertThat(report.checked()).containsEntry(PacketCheck.INCLUSION_PROOF, 8L);
        assertThat(packet.exporterKeyId()).isEqualTo(fixture.exporterKeyId);
        assertThat(progress).isSorted().endsWith(1.0);
    }

    @Test
    void sampledExportCarriesOnlyTheSampledRowsEvidence() throws Exception {
        WrittenPacket packet = new PacketExporter(ExportFixture.fakeEngine(fixture.records)).export(
                request(Optional.of(new ExportRequest.SampleRequest("hitrust-2026", 3)), directory.resolve("sampled.zip")),
                ExportProgress.NONE, () -> false);

        PacketReport report = new PacketVerifier(PacketVerifier.Options.trustingThePacket()).verify(packet.path());
        assertThat(report.failures()).isEmpty();
        assertThat(report.checked()).containsEntry(PacketCheck.SAMPLE, 1L).containsEntry(PacketCheck.INCLUSION_PROOF, 3L);
    }

    @Test
    void cancellingWritesNothing() {
        Path out = directory.resolve("cancelled.zip");
        assertThatThrownBy(() -> new PacketExporter(ExportFixture.fakeEngine(fixture.records))
                .export(request(Optional.empty(), out), ExportProgress.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void aStoreThatDoesNotVerifyIsNotExported() throws Exception {
        Path batch;
        try (var files = Files.walk(fixture.store.resolve("records"))) {
            batch = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        Files.writeString(batch, Files.readString(batch).replace("denied", "allowd"));
        Path out = directory.resolve("refused.zip");

        assertThatThrownBy(() -> new PacketExporter(ExportFixture.fakeEngine(fixture.records))
                .export(request(Optional.empty(), out), ExportProgress.NONE, () -> false))
                .isInstanceOf(ExportException.class).hasMessageContaining("the store does not verify, nothing was exported: "
                        + "log cluster.prod: the records do not reproduce the signed root of seal 2");
        assertThat(out).doesNotExist();
    }
}
