package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * values.append: finds the "table" in the input range and writes after its last row, from its first
 * column (https://developers.google.com/sheets/api/guides/values#append_values). The table starts at the
 * first row holding a value in the range and runs down through consecutive rows with values; its columns
 * are those that hold values in it. Columns with values separated by an empty column are separate tables, and
 * the append goes after the last of them (gspread's issue #537 records Google doing so). A single-cell input
 * names the table that starts at that cell and runs right while cells hold values; an empty cell names none.
 */
public final class ValueAppender {
    /** @param table the table found, or null when the range held no values */
    public record Result(GridRange table, GridRange updated) {}

    private ValueAppender() {}

    public static Result append(SpreadsheetEditor book, GridRange input, List<List<JsonNode>> rows, boolean rowMajor,
                                ValueInputOption option, boolean insertRows) {
        EditSheet sheet = book.sheetWithId(input.sheetId());
        GridRange g = input.clampTo(sheet.rowCount(), sheet.columnCount());
        boolean singleCell = g.rowCount() <= 1 && g.columnCount() <= 1 && input.endColumnIndex() != null;
        int firstColumn = g.startColumnIndex();
        int lastColumn = singleCell ? runEnd(sheet, g.startRowIndex(), firstColumn) : g.endColumnIndex();
        GridRange table = findTable(sheet, g.startRowIndex(), g.endRowIndex(), firstColumn, lastColumn, singleCell);
        int at = table == null ? g.startRowIndex() : table.endRowIndex();
        int column = table == null ? firstColumn : table.startColumnIndex();
        int height = rowMajor ? rows.size() : rows.stream().mapToInt(List::size).max().orElse(0);
        int width = rowMajor ? rows.stream().mapToInt(List::size).max().orElse(0) : rows.size();
        if (insertRows) {
            sheet.shift(true, at, height);
            book.ensureRows(sheet, sheet.rowCount() + height);
        } else {
            book.ensureRows(sheet, at + height);
        }
        book.ensureColumns(sheet, column + width);
        GridRange target = new GridRange(sheet.sheetId(), at, null, column, null);
        GridRange updated = book.write(target, rows, rowMajor, option, "");
        return new Result(table, updated);
    }

    private static GridRange findTable(EditSheet sheet, int startRow, int endRow, int firstColumn, int lastColumn,
                                       boolean extendRight) {
        int top = -1;
        for (int r = startRow; r < endRow && top < 0; r++) {
            if (hasValue(sheet, r, firstColumn, lastColumn)) {
                top = r;
            }
        }
        if (top < 0) {
            return null;
        }
        int bottom = top;
        while (bottom + 1 < sheet.rowCount() && (extendRight || bottom + 1 < endRow)
                && hasValue(sheet, bottom + 1, firstColumn, lastColumn)) {
            bottom++;
        }
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int r = top; r <= bottom; r++) {
            for (int c = firstColumn; c < lastColumn; c++) {
                if (sheet.stored(r, c).hasValue()) {
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        int last = extendRight ? left : lastRun(sheet, top, bottom, left, right);
        int start = last == left ? Math.min(left, firstColumn) : last;
        return new GridRange(sheet.sheetId(), top, bottom + 1, start, right + 1);
    }

    /** The first column of the last run of columns holding values in rows top..bottom. */
    private static int lastRun(EditSheet sheet, int top, int bottom, int left, int right) {
        int c = right;
        while (c - 1 >= left && columnHasValue(sheet, c - 1, top, bottom)) {
            c--;
        }
        return c;
    }

    private static boolean columnHasValue(EditSheet sheet, int column, int top, int bottom) {
        for (int r = top; r <= bottom; r++) {
            if (sheet.stored(r, column).hasValue()) {
                return true;
            }
        }
        return false;
    }

    /** The column after the run of cells holding values that starts at (row, column); column itself if empty. */
    private static int runEnd(EditSheet sheet, int row, int column) {
        int c = column;
        while (c < sheet.columnCount() && sheet.stored(row, c).hasValue()) {
            c++;
        }
        return c;
    }

    private static boolean hasValue(EditSheet sheet, int row, int from, int to) {
        for (int c = from; c < to; c++) {
            if (sheet.stored(row, c).hasValue()) {
                return true;
            }
        }
        return false;
    }
}
