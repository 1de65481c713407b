package dev.evidex.verification.packet;

import java.util.List;

/** Renders the human-readable reports of a packet from what the packet holds. */
public interface ReportRenderer {
    List<PacketEntry> render(ReportModel model) throws PacketVerificationException;

    /** No reports (tests of the format itself). */
    ReportRenderer NONE = model -> List.of();
}
