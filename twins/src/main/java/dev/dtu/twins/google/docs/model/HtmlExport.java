package dev.dtu.twins.google.docs.model;

import java.util.List;

/**
 * A document as Drive's {@code text/html} export: one HTML page, a heading element for each HEADING_n and TITLE
 * paragraph, {@code <p>} for others, list items inside {@code <ul>}, tables as {@code <table>}. Styling beyond
 * that (Google's export inlines a stylesheet of fonts and margins) is left out.
 */
final class HtmlExport {
    private HtmlExport() {}

    static String of(Document d) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><meta content=\"text/html; charset=UTF-8\" "
                + "http-equiv=\"content-type\"><title>").append(escape(d.title())).append("</title></head><body>");
        elements(out, d.body());
        return out.append("</body></html>").toString();
    }

    private static void elements(StringBuilder out, List<StructuralElement> elements) {
        boolean inList = false;
        for (StructuralElement e : elements) {
            if (e.paragraph() != null) {
                boolean bullet = e.paragraph().bullet() != null;
                if (bullet != inList) {
                    out.append(bullet ? "<ul>" : "</ul>");
                    inList = bullet;
                }
                paragraph(out, e.paragraph());
            } else {
                if (inList) {
                    out.append("</ul>");
                    inList = false;
                }
                out.append("<table>");
                for (TableRow row : e.table().tableRows()) {
                    out.append("<tr>");
                    for (TableCell cell : row.tableCells()) {
                        out.append("<td>");
                        elements(out, cell.content());
                        out.append("</td>");
                    }
                    out.append("</tr>");
                }
                out.append("</table>");
            }
        }
        if (inList) {
            out.append("</ul>");
        }
    }

    private static void paragraph(StringBuilder out, Paragraph p) {
        String style = p.paragraphStyle() == null ? "" : p.paragraphStyle().path("namedStyleType").asText("");
        String tag = p.bullet() != null ? "li" : style.startsWith("HEADING_") ? "h" + style.substring(8)
                : style.equals("TITLE") ? "h1" : "p";
        String text = p.text();
        text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        out.append('<').append(tag).append('>').append(escape(text.replace("\u000c", ""))).append("</").append(tag)
                .append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
