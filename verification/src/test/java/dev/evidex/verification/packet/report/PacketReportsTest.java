package dev.evidex.verification.packet.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evidex.verification.packet.PacketFixture;
import dev.evidex.verification.packet.WrittenPacket;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports render: the PDF's pages are rasterised to PNG (kept under target/ to look at) and its text read back. */
class PacketReportsTest {
    @TempDir
    static Path directory;
    static PacketFixture fixture;
    static WrittenPacket packet;

    @BeforeAll
    static void export() throws Exception {
        fixture = new PacketFixture(directory);
        packet = fixture.write(directory.resolve("packet.zip"), new PacketReports(), Optional.empty());
    }

    private static byte[] entry(String name) throws Exception {
        try (ZipFile zip = new ZipFile(packet.path().toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    @Test
    void pdfPagesRenderAndHoldEverySection() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(entry("report.pdf"))) {
            Path pages = Files.createDirectories(Path.of("target", "report-pages"));
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 80);
                assertThat(image.getWidth()).isGreaterThan(600);
                assertThat(inkRatio(image)).as("page %d has visible content", page + 1).isBetween(0.005, 0.5);
                ImageIO.write(image, "png", pages.resolve("page-" + (page + 1) + ".png").toFile());
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("HITRUST evidence packet: Acme Health", "Packet and scope", "Controls covered",
                    "09.aa Audit Logging", "Queries", "Verification at export", "How to verify",
                    "sha256sum -c SHA256SUMS", "openssl dgst -sha256 -verify exporter.pub -signature manifest.sig manifest.json",
                    fixture.exporterSigner.keyId(), "page 1 of");
        }
    }

    @Test
    void htmlHoldsTheSameContentEscaped() throws Exception {
        String html = new String(entry("report.html"), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Controls covered</h2>", "164.312(b) Audit controls",
                "Declared in scope but not covered by any query in this packet: 10.g", fixture.store.signer.keyId())
                .doesNotContain("<script");
    }

    @Test
    void reportsAreDeterministicToo() throws Exception {
        WrittenPacket again = fixture.write(directory.resolve("again.zip"), new PacketReports(), Optional.empty());
        assertThat(again.sha256()).isEqualTo(packet.sha256());
        assertThat(Files.mismatch(again.path(), packet.path())).isEqualTo(-1L);
    }

    /** Share of pixels that are not white: blank pages and pages painted over both fail. */
    private static double inkRatio(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / (double) (image.getWidth() * image.getHeight());
    }
}
