package dev.dtu.twins.google.drive.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The PDF of a Docs Editors file's export (application/pdf), written with PDFBox: Letter pages of lines, each line
 * a list of cells set at fixed tab stops (one cell for a document's line, a row's cells for a sheet). The twin has
 * no fonts to embed, so text is in Helvetica and a character outside its WinAnsi encoding prints as '?'; Google's
 * export keeps the document's fonts, sizes and the sheet's grid, which this leaves out.
 */
public final class PdfText {
    private static final float MARGIN = 54;
    private static final float SIZE = 10;
    private static final float LEADING = 14;

    private PdfText() {}

    /** A PDF of a document's lines, each wrapped at spaces to the page's width. */
    public static byte[] ofText(String title, List<String> lines) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        java.util.List<List<String>> wrapped = new java.util.ArrayList<>();
        try {
            for (String line : lines) {
                String rest = line;
                while (!rest.isEmpty()) {
                    int fits = printable(font, rest, width).length();
                    int cut = fits >= rest.length() ? fits : Math.max(rest.lastIndexOf(' ', fits), 0);
                    cut = cut == 0 ? Math.max(fits, 1) : cut;
                    wrapped.add(List.of(rest.substring(0, cut)));
                    rest = rest.substring(cut).stripLeading();
                }
                if (line.isEmpty()) {
                    wrapped.add(List.of());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(title, wrapped, width + 4);
    }

    /** A PDF of the lines; {@code tab} is the width of a cell, in points. */
    public static byte[] of(String title, List<List<String>> lines, float tab) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.getDocumentInformation().setTitle(title);
            PDRectangle size = PDRectangle.LETTER;
            int perPage = (int) ((size.getHeight() - 2 * MARGIN) / LEADING);
            for (int first = 0; first < Math.max(1, lines.size()); first += perPage) {
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    for (int i = first; i < Math.min(lines.size(), first + perPage); i++) {
                        float y = size.getHeight() - MARGIN - (i - first + 1) * LEADING;
                        List<String> cells = lines.get(i);
                        for (int c = 0; c < cells.size(); c++) {
                            String text = printable(font, cells.get(c), tab - 4);
                            if (!text.isEmpty()) {
                                s.beginText();
                                s.setFont(font, SIZE);
                                s.newLineAtOffset(MARGIN + c * tab, y);
                                s.showText(text);
                                s.endText();
                            }
                        }
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as the font can show it, cut to the width. */
    private static String printable(PDType1Font font, String text, float width) throws IOException {
        StringBuilder out = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = cp == '\t' ? " " : Character.toString(cp);
            if (!encodable(font, ch)) {
                ch = "?";
            }
            float w = font.getStringWidth(ch) / 1000 * SIZE;
            if (used + w > width) {
                break;
            }
            used += w;
            out.append(ch);
        }
        return out.toString();
    }

    private static boolean encodable(PDType1Font font, String ch) {
        try {
            font.encode(ch);
            return !Character.isISOControl(ch.codePointAt(0));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
