package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.WrittenPacket;
import java.util.function.Function;
import javafx.concurrent.Task;

/** Runs one export off the UI thread, reporting its steps and honouring cancel; the evidence is open only meanwhile. */
final class ExportTask extends Task<WrittenPacket> {
    private final PacketExporter exporter;
    private final ExportOrigin.Opener evidence;
    private final Function<EvidenceSource, ExportRequest> request;

    ExportTask(PacketExporter exporter, ExportOrigin.Opener evidence, Function<EvidenceSource, ExportRequest> request) {
        this.exporter = requireNonNull(exporter, "exporter is null");
        this.evidence = requireNonNull(evidence, "evidence is null");
        this.request = requireNonNull(request, "request is null");
    }

    @Override
    protected WrittenPacket call() throws ExportException {
        try (EvidenceSource source = evidence.open()) {
            return exporter.export(request.apply(source), (step, fraction) -> {
                updateMessage(step);
                updateProgress(fraction, 1.0);
            }, this::isCancelled);
        }
    }
}
