package dev.evidex.verification.packet.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import dev.evidex.verification.merkle.Hashes;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * {@code report.pdf}: A4 pages in the standard PDF fonts (nothing embedded, nothing fetched), laid
 * out from the same blocks as the HTML report. Metadata times are the packet's, so the same packet
 * gives the same PDF bytes.
 */
final class PdfReport {
    private PdfReport() {}

    static byte[] render(ReportDocument report, Instant created, String footer) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(report.title());
            information.setCreator("Evidex");
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(created.toEpochMilli());
            information.setCreationDate(calendar);
            PdfLayout layout = new PdfLayout(document,
                    new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA)),
                    new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)),
                    // Courier is not installed everywhere, and viewers that substitute a proportional font
                    // for it space letters apart; commands read better in Helvetica on a shaded band.
                    new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA)));
            layout.title(report.title());
            for (ReportDocument.Block block : report.blocks()) {
                if (block instanceof ReportDocument.Heading heading) {
                    layout.heading(heading.text());
                } else if (block instanceof ReportDocument.Paragraph paragraph) {
                    layout.paragraph(paragraph.text(), paragraph.emphasis());
                } else if (block instanceof ReportDocument.Table table) {
                    layout.table(table);
                } else if (block instanceof ReportDocument.Code code) {
                    layout.code(code.lines());
                }
            }
            layout.finish();
            footers(document, layout, footer);
            fixedIdentifier(document, footer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void footers(PDDocument document, PdfLayout layout, String footer) throws IOException {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                layout.text(stream, layout.regular(), 8, PdfLayout.MARGIN, 30,
                        footer + "    page " + (i + 1) + " of " + pages, 0.4f);
            }
        }
    }

    /** PDFBox would derive the trailer's /ID from the clock; derive it from the packet instead. */
    private static void fixedIdentifier(PDDocument document, String footer) {
        COSString identifier = new COSString(java.util.Arrays.copyOf(
                Hashes.sha256(footer.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 16));
        COSArray array = new COSArray();
        array.add(identifier);
        array.add(identifier);
        document.getDocument().getTrailer().setItem(COSName.ID, array);
    }

    static PDRectangle pageSize() {
        return PDRectangle.A4;
    }

    static List<String> fontNames() {
        return List.of("Helvetica", "Helvetica-Bold");
    }
}
