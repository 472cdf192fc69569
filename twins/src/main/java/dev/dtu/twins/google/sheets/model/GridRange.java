package dev.dtu.twins.google.sheets.model;

/**
 * The Sheets API GridRange: 0-based, start inclusive, end exclusive; a null index is unbounded on
 * that side, exactly as the API leaves the field out.
 */
public record GridRange(int sheetId, Integer startRowIndex, Integer endRowIndex,
                        Integer startColumnIndex, Integer endColumnIndex) {

    public static GridRange wholeSheet(int sheetId) {
        return new GridRange(sheetId, null, null, null, null);
    }

    public boolean isUnbounded() {
        return startRowIndex == null && endRowIndex == null && startColumnIndex == null && endColumnIndex == null;
    }

    /** Fills open sides with the grid's edges and cuts the range down to the grid. */
    public GridRange clampTo(int rowCount, int columnCount) {
        return new GridRange(sheetId,
                Math.min(orZero(startRowIndex), rowCount), Math.min(orMax(endRowIndex), rowCount),
                Math.min(orZero(startColumnIndex), columnCount), Math.min(orMax(endColumnIndex), columnCount));
    }

    /** True when every bounded side lies inside a grid of this size. */
    public boolean fitsIn(int rowCount, int columnCount) {
        return orZero(startRowIndex) < rowCount && orZero(startColumnIndex) < columnCount
                && (endRowIndex == null || endRowIndex <= rowCount)
                && (endColumnIndex == null || endColumnIndex <= columnCount);
    }

    public boolean contains(int row, int column) {
        return row >= orZero(startRowIndex) && row < orMax(endRowIndex)
                && column >= orZero(startColumnIndex) && column < orMax(endColumnIndex);
    }

    /** Row count of a bounded (clamped) range. */
    public int rowCount() {
        return endRowIndex - startRowIndex;
    }

    /** Column count of a bounded (clamped) range. */
    public int columnCount() {
        return endColumnIndex - startColumnIndex;
    }

    private static int orZero(Integer index) {
        return index == null ? 0 : index;
    }

    private static int orMax(Integer index) {
        return index == null ? Integer.MAX_VALUE : index;
    }
}
