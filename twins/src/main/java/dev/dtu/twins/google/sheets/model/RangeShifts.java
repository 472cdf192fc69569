package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.google.sheets.model.formula.CellMoves;
import dev.dtu.twins.google.sheets.model.formula.ReferenceShift;
import java.util.HashMap;
import java.util.Map;

/**
 * insertRange and deleteRange: cells open up or close down inside the range's band of columns (shifting rows)
 * or rows (shifting columns); cells outside the band stay. Formulas, named ranges and merges wholly inside the
 * band follow the cells.
 */
final class RangeShifts {
    private final SpreadsheetEditor book;

    RangeShifts(SpreadsheetEditor book) {
        this.book = book;
    }

    void insertRange(JsonNode body, int index) {
        shift(body, new RequestFields(book, index, "insertRange"), true);
    }

    void deleteRange(JsonNode body, int index) {
        shift(body, new RequestFields(book, index, "deleteRange"), false);
    }

    private void shift(JsonNode body, RequestFields fields, boolean insert) {
        boolean rows = fields.rows(body, "shiftDimension");
        GridRange g = fields.range(body, "range");
        EditSheet sheet = book.sheetWithId(g.sheetId());
        int start = rows ? g.startRowIndex() : g.startColumnIndex();
        int count = rows ? g.rowCount() : g.columnCount();
        int bandFirst = rows ? g.startColumnIndex() : g.startRowIndex();
        int bandEnd = rows ? g.endColumnIndex() : g.endRowIndex();
        if (count == 0 || bandEnd == bandFirst) {
            return;
        }
        int delta = insert ? count : -count;
        // Inserting pushes cells past the end of the grid rather than dropping them: the grid grows.
        if (insert) {
            sheet.properties = rows ? sheet.properties.withGrid(sheet.rowCount() + count, sheet.columnCount())
                    : sheet.properties.withGrid(sheet.rowCount(), sheet.columnCount() + count);
        }
        moveCells(sheet, rows, bandFirst, bandEnd, start, delta);
        int crossSize = rows ? sheet.columnCount() : sheet.rowCount();
        int bandLast = bandEnd >= crossSize ? Integer.MAX_VALUE : bandEnd - 1;
        for (EditSheet s : book.sheets) {
            FormulaRewrites.rewrite(s, CellMoves.bandShift(s.title(), sheet.title(), rows, bandFirst, bandLast, start, delta));
        }
        ReferenceShift shift = new ReferenceShift(sheet.title(), rows, start, delta);
        book.namedRanges.replaceAll(n -> n.range().sheetId() != sheet.sheetId()
                || !inBand(n.range(), rows, bandFirst, bandLast) ? n
                : new NamedRange(n.namedRangeId(), n.name(), NamedRanges.moved(n.range(), shift)));
        book.namedRanges.removeIf(n -> n.range() == null);
        sheet.merges.replaceAll(m -> inBand(m, rows, bandFirst, bandLast) ? NamedRanges.moved(m, shift) : m);
        sheet.merges.removeIf(m -> m == null);
    }

    private static boolean inBand(GridRange r, boolean rows, int bandFirst, int bandLast) {
        Integer first = rows ? r.startColumnIndex() : r.startRowIndex();
        Integer end = rows ? r.endColumnIndex() : r.endRowIndex();
        return (first == null ? 0 : first) >= bandFirst
                && (end == null ? Integer.MAX_VALUE : end - 1) <= bandLast;
    }

    private static void moveCells(EditSheet sheet, boolean rows, int bandFirst, int bandEnd, int start, int delta) {
        Map<CellKey, StoredCell> moved = new HashMap<>();
        for (Map.Entry<CellKey, StoredCell> e : sheet.cells.entrySet()) {
            int index = rows ? e.getKey().row() : e.getKey().column();
            int cross = rows ? e.getKey().column() : e.getKey().row();
            if (index < start || cross < bandFirst || cross >= bandEnd) {
                continue;
            }
            sheet.cells = sheet.cells.minus(e.getKey());
            if (delta > 0 || index >= start - delta) {
                moved.put(rows ? new CellKey(index + delta, cross) : new CellKey(cross, index + delta), e.getValue());
            }
        }
        sheet.cells = sheet.cells.plusAll(moved);
    }
}
