package dev.dtu.twins.google.sheets.model.formula;

import dev.dtu.twins.google.sheets.model.ColumnLetters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell, range, column or row reference as written in a formula: its sheet (null when the formula names none)
 * and its two corners as written, each keeping its {@code $} anchors. A single cell has equal corners.
 */
public record WrittenReference(String sheetName, Corner first, Corner last, boolean single) {
    private static final Pattern CORNER = Pattern.compile("(\\$?)([A-Za-z]{0,3})(\\$?)([0-9]*)");

    /** One corner, 0-based; a null row is a whole column ("A"), a null column a whole row ("3"). */
    public record Corner(Integer row, boolean rowAbsolute, Integer column, boolean columnAbsolute) {

        public Corner withRow(Integer newRow) {
            return new Corner(newRow, rowAbsolute, column, columnAbsolute);
        }

        public Corner withColumn(Integer newColumn) {
            return new Corner(row, rowAbsolute, newColumn, columnAbsolute);
        }

        String text() {
            String columnPart = column == null ? "" : (columnAbsolute ? "$" : "") + ColumnLetters.toLetters(column);
            String rowPart = row == null ? "" : (rowAbsolute ? "$" : "") + (row + 1);
            return columnPart + rowPart;
        }
    }

    /** Reads the text after any "Sheet!" prefix ("$A1:B$2", "A:A", "3:5"). */
    static WrittenReference parse(String sheetName, String text) {
        String[] corners = text.split(":", -1);
        Corner first = corner(corners[0]);
        return corners.length == 1 ? new WrittenReference(sheetName, first, first, true)
                : new WrittenReference(sheetName, first, corner(corners[1]), false);
    }

    private static Corner corner(String text) {
        Matcher m = CORNER.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        boolean hasColumn = !m.group(2).isEmpty();
        boolean hasRow = !m.group(4).isEmpty();
        Integer column = hasColumn ? ColumnLetters.toIndex(m.group(2).toUpperCase(Locale.ROOT)) : null;
        Integer row = hasRow ? Integer.parseInt(m.group(4)) - 1 : null;
        boolean columnAbsolute = hasColumn && !m.group(1).isEmpty();
        boolean rowAbsolute = hasRow && (hasColumn ? !m.group(3).isEmpty() : !m.group(1).isEmpty());
        return new Corner(row, rowAbsolute, column, columnAbsolute);
    }

    public WrittenReference with(String newSheetName, Corner newFirst, Corner newLast) {
        return new WrittenReference(newSheetName, newFirst, newLast, single);
    }

    /** The sheet the reference points at, read in a formula on {@code formulaSheet}. */
    public String sheetIn(String formulaSheet) {
        return sheetName == null ? formulaSheet : sheetName;
    }

    /** The lowest row or column index on an axis, 0 when open (a whole column has every row). */
    public int low(boolean rows) {
        Integer a = rows ? first.row() : first.column();
        Integer b = rows ? last.row() : last.column();
        return a == null || b == null ? 0 : Math.min(a, b);
    }

    /** The highest index on an axis, {@link Integer#MAX_VALUE} when open. */
    public int high(boolean rows) {
        Integer a = rows ? first.row() : first.column();
        Integer b = rows ? last.row() : last.column();
        return a == null || b == null ? Integer.MAX_VALUE : Math.max(a, b);
    }

    /** True when both corners name an index on the axis. */
    public boolean bounded(boolean rows) {
        return rows ? first.row() != null && last.row() != null : first.column() != null && last.column() != null;
    }

    /** The reference part, without the sheet: "A1", "$A$1:B2", "A:A". */
    String cellsText() {
        return single ? first.text() : first.text() + ":" + last.text();
    }
}
