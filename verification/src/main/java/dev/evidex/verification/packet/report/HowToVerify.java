package dev.evidex.verification.packet.report;

import dev.evidex.verification.packet.ReportModel;
import java.util.List;

/** The "how to verify" section: with evidex-verify, and with plain tools only. */
final class HowToVerify {
    private HowToVerify() {}

    static void append(ReportModel model, ReportDocument document) {
        document.heading("How to verify");
        document.paragraph("With evidex-verify, offline (trusted-keys: the exporter's packet-signing key and the store's "
                + "seal keys, obtained from their owners, not from this packet):");
        document.code(List.of("evidex-verify packet packet.zip --trusted-keys trusted-keys/"));
        document.paragraph("With plain tools, after unzipping into an empty folder: check the manifest signature, that the "
                + "exporter key is the one you expect, that SHA256SUMS is the one the manifest lists, then every file:");
        document.code(List.of(
                "openssl dgst -sha256 -verify exporter.pub -signature manifest.sig manifest.json",
                "openssl pkey -pubin -in exporter.pub -outform DER | sha256sum",
                "#   must print " + model.exporter().keyId().substring("sha256:".length()),
                "sha256sum SHA256SUMS",
                "#   must equal the sha256 manifest.json lists for SHA256SUMS",
                "sha256sum -c SHA256SUMS"));
        document.paragraph("Plain tools prove the packet is intact and who signed it. The inclusion proofs, checkpoint "
                + "signatures and result receipts are checked by evidex-verify (the format is documented in packet-format.md).");
    }
}
