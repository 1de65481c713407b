package dev.evidex.app.export;

import static java.util.Objects.requireNonNull;

import dev.evidex.verification.packet.WrittenPacket;
import javafx.concurrent.Task;

/** Runs one export off the UI thread, reporting its steps and honouring cancel. */
final class ExportTask extends Task<WrittenPacket> {
    private final PacketExporter exporter;
    private final ExportRequest request;

    ExportTask(PacketExporter exporter, ExportRequest request) {
        this.exporter = requireNonNull(exporter, "exporter is null");
        this.request = requireNonNull(request, "request is null");
    }

    @Override
    protected WrittenPacket call() throws ExportException {
        return exporter.export(request, (step, fraction) -> {
            updateMessage(step);
            updateProgress(fraction, 1.0);
        }, this::isCancelled);
    }
}
