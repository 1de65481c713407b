package dev.evidex.verification.packet.report;

import dev.evidex.verification.packet.EntryRole;
import dev.evidex.verification.packet.PacketEntry;
import dev.evidex.verification.packet.PacketFormat;
import dev.evidex.verification.packet.PacketVerificationException;
import dev.evidex.verification.packet.ReportModel;
import dev.evidex.verification.packet.ReportRenderer;
import java.io.IOException;
import java.util.List;

/** Renders {@code report.html} and {@code report.pdf} from the same content. */
public final class PacketReports implements ReportRenderer {
    @Override
    public List<PacketEntry> render(ReportModel model) throws PacketVerificationException {
        ReportDocument document = ReportContent.of(model);
        try {
            return List.of(new PacketEntry(PacketFormat.REPORT_HTML, EntryRole.REPORT, HtmlReport.render(document)),
                    new PacketEntry(PacketFormat.REPORT_PDF, EntryRole.REPORT,
                            PdfReport.render(document, model.created(), "Evidex packet " + model.packetId())));
        } catch (IOException | RuntimeException e) {
            throw new PacketVerificationException("cannot render the packet report: " + e.getMessage(), e);
        }
    }
}
