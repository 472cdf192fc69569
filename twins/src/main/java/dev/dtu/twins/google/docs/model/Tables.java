package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.List;

/** insertTable, insertTableRow and deleteTableRow on a segment's units; merged cells grow and shrink with the rows. */
final class Tables {
    /**
     * How deep tables may nest inside table cells. The Docs reference names no figure; the twin refuses an
     * insertTable deeper than this (an INVALID_ARGUMENT of its own wording), so reading and writing a document
     * never recurses without bound.
     */
    static final int MAX_NESTING = 20;
    private final Segment segment;
    private final int base;

    Tables(Segment segment, int base) {
        this.segment = segment;
        this.base = base;
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
        if (nesting(index - base) >= MAX_NESTING) {
            throw GoogleException.invalidArgument("Tables cannot be nested more than " + MAX_NESTING + " deep.");
        }
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

    /** How many tables enclose the unit at {@code at}. */
    private int nesting(int at) {
        int depth = 0;
        for (int i = 0; i < at && i < segment.units.size(); i++) {
            Mark m = segment.units.get(i).mark();
            depth += m == Mark.TABLE_START ? 1 : m == Mark.TABLE_END ? -1 : 0;
        }
        return depth;
    }

    private static List<Unit> emptyRow(int columns) {
        List<Unit> row = new ArrayList<>();
        row.add(Unit.mark(Mark.ROW));
        for (int c = 0; c < columns; c++) {
            row.addAll(emptyCell(null));
        }
        return row;
    }

    /** A cell start with the given tableCellStyle and one empty paragraph. */
    static List<Unit> emptyCell(JsonNode cellStyle) {
        return List.of(Unit.mark(Mark.CELL, cellStyle), SegmentUnits.newline(Segment.PLAIN, Segment.NORMAL));
    }

    // A new row goes above or below the reference cell's merged cell; a merged cell it lands inside grows
    // over it (InsertTableRowRequest.tableCellLocation).
    void insertTableRow(int tableStart, int rowIndex, int columnIndex, boolean below) {
        TableGrid t = TableGrid.at(segment, tableStart);
        t.checkCell(rowIndex, columnIndex);
        TableGrid.Area ref = t.areaOf(rowIndex, columnIndex);
        int at = below ? ref.endRow() : ref.row();
        List<TableGrid.Area> crossed = t.merges().stream().filter(m -> m.row() < at && at < m.endRow()).toList();
        crossed.forEach(m -> t.setSpans(new TableGrid.Area(m.row(), m.column(), m.rowSpan() + 1, m.columnSpan())));
        List<Unit> row = new ArrayList<>();
        row.add(Unit.mark(Mark.ROW));
        for (int c = 0; c < t.columns(); c++) {
            int column = c;
            boolean covered = crossed.stream().anyMatch(m -> m.column() <= column && column < m.endColumn());
            row.addAll(emptyCell(covered ? TableGrid.covered() : null));
        }
        segment.addUnits(at < t.rows() ? t.rowStart(at) : t.end, row);
    }

    // "The row this cell spans will be deleted. If this is a merged cell that spans multiple rows, all rows
    // that the cell spans will be deleted. If no rows remain in the table after this deletion, the whole table
    // is deleted." (DeleteTableRowRequest)
    void deleteTableRow(int tableStart, int rowIndex, int columnIndex) {
        TableGrid t = TableGrid.at(segment, tableStart);
        t.checkCell(rowIndex, columnIndex);
        TableGrid.Area gone = t.areaOf(rowIndex, columnIndex);
        if (gone.rowSpan() == t.rows()) {
            segment.removeUnits(t.start, t.end + 1);
            return;
        }
        for (TableGrid.Area m : t.merges()) {
            int kept = m.rowSpan() - overlap(m.row(), m.endRow(), gone.row(), gone.endRow());
            if (kept > 0 && kept < m.rowSpan()) {
                int head = m.row() >= gone.row() ? gone.endRow() : m.row();
                t.setSpans(new TableGrid.Area(head, m.column(), kept, m.columnSpan()));
            }
        }
        segment.removeUnits(t.rowStart(gone.row()), t.rowEnd(gone.endRow() - 1));
    }

    /** How much of [from, to) falls in [start, end). */
    static int overlap(int from, int to, int start, int end) {
        return Math.max(0, Math.min(to, end) - Math.max(from, start));
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
