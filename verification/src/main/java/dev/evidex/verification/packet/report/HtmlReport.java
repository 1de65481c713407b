package dev.evidex.verification.packet.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code report.html}: one self-contained page, no scripts, no external resources. */
final class HtmlReport {
    private static final String STYLE = "body{font-family:Helvetica,Arial,sans-serif;max-width:60rem;margin:2rem auto;"
            + "padding:0 1rem;color:#1b1f24;line-height:1.45}h1{font-size:1.6rem;border-bottom:2px solid #24527a}"
            + "h2{font-size:1.2rem;margin-top:2rem;color:#24527a}table{border-collapse:collapse;width:100%;margin:.5rem 0}"
            + "th,td{border:1px solid #c9d1d9;padding:.3rem .5rem;text-align:left;vertical-align:top;word-break:break-all}"
            + "th{background:#eef3f8}pre{background:#f4f6f8;padding:.6rem;overflow-x:auto}"
            + ".warning{background:#fff4e5;border-left:4px solid #e08a00;padding:.5rem}";

    private HtmlReport() {}

    static byte[] render(ReportDocument document) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(document.title())).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(escape(document.title())).append("</h1>\n");
        for (ReportDocument.Block block : document.blocks()) {
            if (block instanceof ReportDocument.Heading heading) {
                html.append("<h2>").append(escape(heading.text())).append("</h2>\n");
            } else if (block instanceof ReportDocument.Paragraph paragraph) {
                html.append(paragraph.emphasis() ? "<p class=\"warning\">" : "<p>").append(escape(paragraph.text())).append("</p>\n");
            } else if (block instanceof ReportDocument.Table table) {
                table(table, html);
            } else if (block instanceof ReportDocument.Code code) {
                html.append("<pre>").append(escape(String.join("\n", code.lines()))).append("</pre>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void table(ReportDocument.Table table, StringBuilder html) {
        html.append("<table>\n");
        if (table.headers().stream().anyMatch(header -> !header.isEmpty())) {
            row("th", table.headers(), html);
        }
        table.rows().forEach(row -> row("td", row, html));
        html.append("</table>\n");
    }

    private static void row(String cell, List<String> values, StringBuilder html) {
        html.append("<tr>");
        values.forEach(value -> html.append('<').append(cell).append('>').append(escape(value)).append("</").append(cell).append('>'));
        html.append("</tr>\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
