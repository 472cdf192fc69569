package dev.dtu.twins.google.sheets.model;

/**
 * A range as written in A1 (or R1C1) notation. Indexes are 0-based; a null row or column is open,
 * so {@code A:A} has no rows and {@code A2:C} has no end row. {@code start == end == null} is a
 * whole sheet, or a named range: a bare name is a sheet title first and a named range otherwise.
 *
 * @param sheetName the sheet title, or null when the range names no sheet (the first sheet)
 */
public record A1Range(String sheetName, Corner start, Corner end) {

    /** One end of a range; 0-based, null meaning open. */
    public record Corner(Integer row, Integer column) {
        public boolean isCell() {
            return row != null && column != null;
        }
    }

    public A1Range {
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be set or both be null");
        }
        if (start == null && sheetName == null) {
            throw new IllegalArgumentException("a whole-sheet range needs a sheet name");
        }
    }

    /** Parses A1 notation, falling back to absolute R1C1 ({@code R1C1:R2C3}). */
    public static A1Range parse(String text) {
        return A1Notation.parse(text);
    }

    /** Parses the part after {@code !}, which must be cells, columns or rows (not a name). */
    public static A1Range ofReference(String sheetName, String reference) {
        return A1Notation.parseReference(sheetName, reference, reference);
    }

    public static A1Range wholeSheet(String sheetName) {
        return new A1Range(sheetName, null, null);
    }

    public static A1Range cell(String sheetName, int row, int column) {
        Corner corner = new Corner(row, column);
        return new A1Range(sheetName, corner, corner);
    }

    /** The A1 form of a GridRange, e.g. what Google echoes back as {@code range} in a ValueRange. */
    public static A1Range of(String sheetName, GridRange grid) {
        if (grid.isUnbounded()) {
            return wholeSheet(sheetName);
        }
        Corner start = new Corner(grid.startRowIndex(), grid.startColumnIndex());
        Corner end = new Corner(lastIndex(grid.endRowIndex()), lastIndex(grid.endColumnIndex()));
        return new A1Range(sheetName, start, end);
    }

    private static Integer lastIndex(Integer exclusiveEnd) {
        return exclusiveEnd == null ? null : exclusiveEnd - 1;
    }

    public boolean isWholeSheet() {
        return start == null;
    }

    public boolean isSingleCell() {
        return start != null && start.isCell() && start.equals(end);
    }

    public A1Range withSheetName(String newSheetName) {
        return new A1Range(newSheetName, start, end);
    }

    /** Canonical A1 text: sheet quoted only when needed, {@code B3} rather than {@code B3:B3}. */
    public String toA1() {
        return A1Notation.format(this);
    }

    public String toR1C1() {
        return R1C1Notation.format(this);
    }

    /** 0-based, end-exclusive coordinates; open sides stay null as in the Sheets API. */
    public GridRange toGridRange(int sheetId) {
        if (isWholeSheet()) {
            return new GridRange(sheetId, null, null, null, null);
        }
        return new GridRange(sheetId, start.row(), exclusive(end.row()), start.column(), exclusive(end.column()));
    }

    private static Integer exclusive(Integer lastIndex) {
        return lastIndex == null ? null : lastIndex + 1;
    }

    @Override
    public String toString() {
        return toA1();
    }
}
