package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Converts a segment's content to its flat list of index units and back. */
final class SegmentUnits {
    private final List<Unit> units;
    private int at;

    private SegmentUnits(List<Unit> units) {
        this.units = units;
    }

    static List<Unit> flatten(List<StructuralElement> content) {
        List<Unit> out = new ArrayList<>();
        content.forEach(e -> flatten(e, out));
        return out;
    }

    private static void flatten(StructuralElement e, List<Unit> out) {
        if (e.paragraph() != null) {
            Paragraph p = e.paragraph();
            Unit.ParaAttrs attrs = new Unit.ParaAttrs(p.paragraphStyle(), p.bullet());
            for (TextRun r : p.runs()) {
                for (char c : r.content().toCharArray()) {
                    out.add(new Unit(c, r.textStyle(), c == '\n' ? attrs : null, r.pageBreak(), null, r.inlineObjectId()));
                }
            }
            return;
        }
        out.add(Unit.mark(Mark.TABLE_START, e.table().tableStyle()));
        for (TableRow row : e.table().tableRows()) {
            out.add(Unit.mark(Mark.ROW));
            for (TableCell cell : row.tableCells()) {
                out.add(Unit.mark(Mark.CELL, cell.tableCellStyle()));
                cell.content().forEach(c -> flatten(c, out));
            }
        }
        out.add(Unit.mark(Mark.TABLE_END));
    }

    static List<StructuralElement> parse(List<Unit> units) {
        return new SegmentUnits(units).content();
    }

    // Elements until a row, cell or table end closes the enclosing cell (or the segment ends).
    private List<StructuralElement> content() {
        List<StructuralElement> out = new ArrayList<>();
        while (at < units.size() && (units.get(at).mark() == null || units.get(at).mark() == Mark.TABLE_START)) {
            out.add(units.get(at).mark() == null ? StructuralElement.of(paragraph()) : StructuralElement.of(table()));
        }
        return out;
    }

    private Table table() {
        JsonNode tableStyle = units.get(at++).style();
        List<TableRow> rows = new ArrayList<>();
        while (units.get(at).mark() == Mark.ROW) {
            at++;
            List<TableCell> cells = new ArrayList<>();
            while (units.get(at).mark() == Mark.CELL) {
                JsonNode cellStyle = units.get(at++).style();
                cells.add(new TableCell(content(), cellStyle));
            }
            rows.add(new TableRow(cells));
        }
        at++;
        return new Table(rows, tableStyle);
    }

    private Paragraph paragraph() {
        List<TextRun> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Unit first = null;
        while (true) {
            Unit u = units.get(at++);
            boolean sameRun = first != null && !u.pageBreak() && !first.pageBreak() && u.objectId() == null
                    && first.objectId() == null && Objects.equals(first.style(), u.style());
            if (!sameRun && first != null) {
                runs.add(new TextRun(text.toString(), first.style(), first.pageBreak(), first.objectId()));
                text.setLength(0);
            }
            if (!sameRun) {
                first = u;
            }
            text.append(u.c());
            if (u.isNewline()) {
                runs.add(new TextRun(text.toString(), first.style(), first.pageBreak(), first.objectId()));
                return new Paragraph(runs, u.para().style(), u.para().bullet());
            }
        }
    }

    /** An empty paragraph's newline with the given text style. */
    static Unit newline(JsonNode textStyle, JsonNode paragraphStyle) {
        return new Unit('\n', textStyle, new Unit.ParaAttrs(paragraphStyle, null), false);
    }
}
