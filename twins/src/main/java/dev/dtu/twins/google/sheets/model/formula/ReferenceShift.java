package dev.dtu.twins.google.sheets.model.formula;

/**
 * Rows or columns inserted or deleted on a sheet, as Sheets moves references for them: references at or after
 * the change move; a range grows or shrinks with rows inserted or deleted inside it; a reference whose cells are
 * all deleted becomes {@code #REF!}. Absolute ($) references move too.
 *
 * @param sheetTitle the sheet whose rows or columns changed
 * @param rows       rows (true) or columns
 * @param start      the first index inserted or deleted (0-based)
 * @param delta      how many were inserted (positive) or deleted (negative)
 */
public record ReferenceShift(String sheetTitle, boolean rows, int start, int delta) implements AxisChange {

    private int end() {
        return start - delta;
    }

    @Override
    public int[] breaks() {
        return delta > 0 ? new int[] {start} : new int[] {start, end()};
    }

    @Override
    public int movedCell(int i) {
        if (delta > 0) {
            return i >= start ? i + delta : i;
        }
        return i < start ? i : i >= end() ? i + delta : REF;
    }

    @Override
    public int movedFirst(int a, int b) {
        if (delta > 0) {
            return a >= start ? a + delta : a;
        }
        if (a >= start && b < end()) {
            return REF;
        }
        return a < start ? a : a >= end() ? a + delta : start;
    }

    @Override
    public int movedLast(int a, int b) {
        if (delta > 0) {
            return b >= start ? b + delta : b;
        }
        if (a >= start && b < end()) {
            return REF;
        }
        return b < start ? b : b >= end() ? b + delta : start - 1;
    }
}
