package dev.evidex.verification.packet.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A top-to-bottom cursor over A4 pages that wraps text and breaks pages before a line would not fit. */
final class PdfLayout {
    static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final float SMALL = 8.5f;
    private static final float PADDING = 3;

    private final PDDocument document;
    private final PdfText regular;
    private final PdfText bold;
    private final PdfText mono;
    private final float width = PdfReport.pageSize().getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;

    PdfLayout(PDDocument document, PdfText regular, PdfText bold, PdfText mono) throws IOException {
        this.document = document;
        this.regular = regular;
        this.bold = bold;
        this.mono = mono;
        newPage();
    }

    PdfText regular() {
        return regular;
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PdfReport.pageSize());
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN + 10) {
            newPage();
        }
    }

    void title(String text) throws IOException {
        for (String line : bold.wrap(text, 18, width)) {
            need(24);
            y -= 20;
            text(stream, bold, 18, MARGIN, y, line, 0.14f);
        }
        y -= 6;
        stream.setStrokingColor(0.14f, 0.32f, 0.48f);
        stream.setLineWidth(1.5f);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + width, y);
        stream.stroke();
        y -= 8;
    }

    void heading(String text) throws IOException {
        need(40);
        y -= 22;
        text(stream, bold, 13, MARGIN, y, text, 0.14f);
        y -= 6;
    }

    void paragraph(String text, boolean emphasis) throws IOException {
        PdfText font = emphasis ? bold : regular;
        for (String line : font.wrap(text, BODY, width)) {
            need(BODY * 1.4f);
            y -= BODY * 1.4f;
            if (emphasis) {
                stream.setNonStrokingColor(0.88f, 0.54f, 0f);
                stream.addRect(MARGIN, y - 3, 3, BODY * 1.4f);
                stream.fill();
            }
            text(stream, font, BODY, emphasis ? MARGIN + 8 : MARGIN, y, line, 0.1f);
        }
        y -= 4;
    }

    void code(List<String> lines) throws IOException {
        for (String text : lines) {
            for (String line : mono.wrap(text, SMALL, width - 2 * PADDING)) {
                need(SMALL * 1.35f);
                y -= SMALL * 1.35f;
                stream.setNonStrokingColor(0.95f, 0.96f, 0.97f);
                stream.addRect(MARGIN, y - 2.5f, width, SMALL * 1.35f);
                stream.fill();
                text(stream, mono, SMALL, MARGIN + PADDING, y, line, 0.1f);
            }
        }
        y -= 6;
    }

    void table(ReportDocument.Table table) throws IOException {
        float[] columns = columnWidths(table.widths());
        boolean header = table.headers().stream().anyMatch(cell -> !cell.isEmpty());
        if (header) {
            row(table.headers(), columns, bold, true);
        }
        for (List<String> row : table.rows()) {
            row(row, columns, header ? regular : null, false);
        }
        y -= 6;
    }

    /** A row; {@code font} null means "first column bold" (key/value tables). */
    private void row(List<String> cells, float[] columns, PdfText font, boolean shaded) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            PdfText cellFont = font != null ? font : (i == 0 ? bold : regular);
            List<String> cellLines = cellFont.wrap(cells.get(i), SMALL, columns[i] - 2 * PADDING);
            wrapped.add(cellLines);
            lines = Math.max(lines, cellLines.size());
        }
        float height = lines * SMALL * 1.3f + 2 * PADDING;
        need(height);
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            if (shaded) {
                stream.setNonStrokingColor(0.93f, 0.95f, 0.97f);
                stream.addRect(x, y - height, columns[i], height);
                stream.fill();
            }
            stream.setStrokingColor(0.79f, 0.82f, 0.85f);
            stream.setLineWidth(0.5f);
            stream.addRect(x, y - height, columns[i], height);
            stream.stroke();
            PdfText cellFont = font != null ? font : (i == 0 ? bold : regular);
            float lineY = y - PADDING - SMALL;
            for (String line : wrapped.get(i)) {
                text(stream, cellFont, SMALL, x + PADDING, lineY, line, 0.1f);
                lineY -= SMALL * 1.3f;
            }
            x += columns[i];
        }
        y -= height;
    }

    private float[] columnWidths(List<Integer> weights) {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        float[] columns = new float[weights.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = width * weights.get(i) / total;
        }
        return columns;
    }

    void text(PDPageContentStream target, PdfText font, float size, float x, float baseline, String text, float grey)
            throws IOException {
        target.setNonStrokingColor(grey, grey, grey);
        target.beginText();
        target.setFont(font.font(), size);
        target.newLineAtOffset(x, baseline);
        target.showText(font.printable(text));
        target.endText();
    }

    void finish() throws IOException {
        stream.close();
    }
}
