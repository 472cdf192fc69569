package dev.dtu.twins.google.docs.model;

import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.List;

/** insertTable, insertTableRow and deleteTableRow on a segment's units. */
final class Tables {
    private final Segment segment;
    private final int base;

    Tables(Segment segment, int base) {
        this.segment = segment;
        this.base = base;
    }

    /** The position of a table's start, its rows' starts and its end, at its own nesting depth. */
    record Layout(int start, List<Integer> rowStarts, int end) {
        int rowEnd(int row) {
            return row + 1 < rowStarts.size() ? rowStarts.get(row + 1) : end;
        }
    }

    /**
     * Inserts an empty table: first a newline at the index, then the table, so the table starts at index + 1
     * (InsertTableRequest.location in the Docs reference).
     */
    int insertTable(int index, int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw GoogleException.invalidArgument("The table must have at least one row and one column.");
        }
        if (rows > 1000 || columns > 20) {
            throw GoogleException.invalidArgument("The table can have at most 20 columns.");
        }
        segment.checkInsertIndex(index);
        segment.insertUnits(index, "\n", false);
        List<Unit> table = new ArrayList<>();
        table.add(Unit.mark(Mark.TABLE_START));
        for (int r = 0; r < rows; r++) {
            table.addAll(emptyRow(columns));
        }
        table.add(Unit.mark(Mark.TABLE_END));
        segment.addUnits(index + 1 - base, table);
        return index + 1;
    }

    private static List<Unit> emptyRow(int columns) {
        List<Unit> row = new ArrayList<>();
        row.add(Unit.mark(Mark.ROW));
        for (int c = 0; c < columns; c++) {
            row.add(Unit.mark(Mark.CELL));
            row.add(SegmentUnits.newline(Segment.PLAIN, Segment.NORMAL));
        }
        return row;
    }

    void insertTableRow(int tableStart, int rowIndex, int columnIndex, boolean below) {
        Layout t = layout(tableStart);
        checkCell(t, rowIndex, columnIndex);
        int at = below ? t.rowEnd(rowIndex) : t.rowStarts().get(rowIndex);
        segment.addUnits(at, emptyRow(cells(t, rowIndex)));
    }

    // "If no rows remain in the table after this deletion, the whole table is deleted." (DeleteTableRowRequest)
    void deleteTableRow(int tableStart, int rowIndex, int columnIndex) {
        Layout t = layout(tableStart);
        checkCell(t, rowIndex, columnIndex);
        if (t.rowStarts().size() == 1) {
            segment.removeUnits(t.start(), t.end() + 1);
        } else {
            segment.removeUnits(t.rowStarts().get(rowIndex), t.rowEnd(rowIndex));
        }
    }

    private void checkCell(Layout t, int rowIndex, int columnIndex) {
        if (rowIndex < 0 || rowIndex >= t.rowStarts().size()) {
            throw GoogleException.invalidArgument("Invalid table cell location. The row index " + rowIndex
                    + " is out of bounds.");
        }
        if (columnIndex < 0 || columnIndex >= cells(t, rowIndex)) {
            throw GoogleException.invalidArgument("Invalid table cell location. The column index " + columnIndex
                    + " is out of bounds.");
        }
    }

    private int cells(Layout t, int row) {
        int count = 0;
        int depth = 0;
        for (int i = t.rowStarts().get(row) + 1; i < t.rowEnd(row); i++) {
            Mark m = segment.units.get(i).mark();
            depth += m == Mark.TABLE_START ? 1 : m == Mark.TABLE_END ? -1 : 0;
            count += m == Mark.CELL && depth == 0 ? 1 : 0;
        }
        return count;
    }

    private Layout layout(int tableStart) {
        int start = tableStart - base;
        if (start < 0 || start >= segment.units.size() || segment.units.get(start).mark() != Mark.TABLE_START) {
            throw GoogleException.invalidArgument("Invalid table start location. Must specify the start index of the "
                    + "table.");
        }
        List<Integer> rows = new ArrayList<>();
        int depth = 0;
        for (int i = start + 1; ; i++) {
            Mark m = segment.units.get(i).mark();
            if (m == Mark.TABLE_END && depth == 0) {
                return new Layout(start, rows, i);
            }
            depth += m == Mark.TABLE_START ? 1 : m == Mark.TABLE_END ? -1 : 0;
            if (m == Mark.ROW && depth == 0) {
                rows.add(i);
            }
        }
    }

    /**
     * Whether units [from, to) can go: tables only whole, never a cell's last newline nor the newline before a
     * table ("Deleting the newline character before a Table ... without deleting the element" is invalid,
     * DeleteContentRangeRequest).
     */
    static boolean deletable(List<Unit> units, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Mark m = units.get(i).mark();
            if (m == Mark.TABLE_START) {
                depth++;
            } else if (m == Mark.TABLE_END) {
                depth--;
            }
            if (depth < 0 || (depth == 0 && (m == Mark.ROW || m == Mark.CELL))) {
                return false;
            }
        }
        return depth == 0 && !(units.get(to - 1).isNewline() && units.get(to).mark() != null);
    }
}
