package dev.evidex.verification.packet.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** The reports' content as blocks, laid out once and rendered to both HTML and PDF. */
public final class ReportDocument {
    /** One block of the document. */
    public sealed interface Block permits Heading, Paragraph, Table, Code {}

    public record Heading(String text, int level) implements Block {
        public Heading {
            requireNonNull(text, "text is null");
        }
    }

    public record Paragraph(String text, boolean emphasis) implements Block {
        public Paragraph {
            requireNonNull(text, "text is null");
        }
    }

    /** A table; {@code widths} are relative column widths. */
    public record Table(List<String> headers, List<List<String>> rows, List<Integer> widths) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
        }
    }

    /** Commands or file text, shown in a fixed-width font. */
    public record Code(List<String> lines) implements Block {
        public Code {
            lines = List.copyOf(lines);
        }
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public ReportDocument(String title) {
        this.title = requireNonNull(title, "title is null");
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    ReportDocument heading(String text) {
        blocks.add(new Heading(text, 1));
        return this;
    }

    ReportDocument paragraph(String text) {
        blocks.add(new Paragraph(text, false));
        return this;
    }

    ReportDocument warning(String text) {
        blocks.add(new Paragraph(text, true));
        return this;
    }

    ReportDocument table(List<String> headers, List<List<String>> rows, List<Integer> widths) {
        blocks.add(new Table(headers, rows, widths));
        return this;
    }

    ReportDocument code(List<String> lines) {
        blocks.add(new Code(lines));
        return this;
    }
}
