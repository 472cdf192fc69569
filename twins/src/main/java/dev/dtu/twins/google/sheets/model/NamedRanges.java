package dev.dtu.twins.google.sheets.model;

import dev.dtu.twins.google.sheets.model.formula.AxisChange;

/** Named ranges follow rows and columns inserted, deleted or moved on their sheet, as formulas do. */
final class NamedRanges {
    private NamedRanges() {}

    /** The range moved, or null when all its rows or columns were deleted. */
    static GridRange moved(GridRange r, AxisChange shift) {
        Integer first = shift.rows() ? r.startRowIndex() : r.startColumnIndex();
        Integer end = shift.rows() ? r.endRowIndex() : r.endColumnIndex();
        if (first == null || end == null) {
            return r;
        }
        int[] span = shift.movedSpan(first, end);
        if (span == null) {
            return null;
        }
        return shift.rows() ? new GridRange(r.sheetId(), span[0], span[1], r.startColumnIndex(), r.endColumnIndex())
                : new GridRange(r.sheetId(), r.startRowIndex(), r.endRowIndex(), span[0], span[1]);
    }
}
