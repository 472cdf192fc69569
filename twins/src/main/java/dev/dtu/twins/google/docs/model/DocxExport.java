package dev.dtu.twins.google.docs.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A document as Drive's DOCX export, written with Apache POI: the body's paragraphs with their runs' bold,
 * italic and underline, headings as Word's Heading and Title styles, page breaks, and tables cell by cell.
 * Fonts, colours, lists' numbering and headers and footers are left out.
 */
final class DocxExport {
    private DocxExport() {}

    static byte[] of(Document d) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(d.title());
            for (StructuralElement e : d.body()) {
                if (e.paragraph() != null) {
                    paragraph(docx.createParagraph(), e.paragraph());
                } else {
                    table(docx, e.table());
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument docx, Table t) {
        XWPFTable table = docx.createTable(t.rows(), t.columns());
        for (int r = 0; r < t.rows(); r++) {
            List<TableCell> cells = t.tableRows().get(r).tableCells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                List<StructuralElement> content = cells.get(c).content();
                for (int i = 0; i < content.size(); i++) {
                    if (content.get(i).paragraph() != null) {
                        paragraph(i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph(), content.get(i).paragraph());
                    }
                }
            }
        }
    }

    private static void paragraph(XWPFParagraph target, Paragraph p) {
        String style = p.paragraphStyle() == null ? "" : p.paragraphStyle().path("namedStyleType").asText("");
        if (style.startsWith("HEADING_")) {
            target.setStyle("Heading" + style.substring(8));
        } else if (style.equals("TITLE") || style.equals("SUBTITLE")) {
            target.setStyle(style.equals("TITLE") ? "Title" : "Subtitle");
        }
        for (TextRun run : p.runs()) {
            XWPFRun r = target.createRun();
            if (run.pageBreak()) {
                r.addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
                continue;
            }
            String text = run.content().replace("\n", "");
            if (text.isEmpty()) {
                continue;
            }
            r.setText(text);
            if (run.textStyle() != null) {
                r.setBold(run.textStyle().path("bold").asBoolean(false));
                r.setItalic(run.textStyle().path("italic").asBoolean(false));
                if (run.textStyle().path("underline").asBoolean(false)) {
                    r.setUnderline(UnderlinePatterns.SINGLE);
                }
            }
        }
    }
}
