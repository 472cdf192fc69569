package dev.dtu.twins.google.sheets.model;

/** The Sheets API SheetProperties of a GRID sheet (gridProperties flattened). */
public record SheetProperties(int sheetId, String title, int index, int rowCount, int columnCount,
                             int frozenRowCount, int frozenColumnCount, boolean hidden, boolean rightToLeft,
                             boolean hideGridlines) {

    public SheetProperties(int sheetId, String title, int index, int rowCount, int columnCount,
                           int frozenRowCount, int frozenColumnCount, boolean hidden, boolean rightToLeft) {
        this(sheetId, title, index, rowCount, columnCount, frozenRowCount, frozenColumnCount, hidden, rightToLeft,
                false);
    }

    public SheetProperties withIndex(int newIndex) {
        return new SheetProperties(sheetId, title, newIndex, rowCount, columnCount, frozenRowCount, frozenColumnCount,
                hidden, rightToLeft, hideGridlines);
    }

    public SheetProperties withGrid(int rows, int columns) {
        return new SheetProperties(sheetId, title, index, rows, columns, frozenRowCount, frozenColumnCount, hidden,
                rightToLeft, hideGridlines);
    }
}
