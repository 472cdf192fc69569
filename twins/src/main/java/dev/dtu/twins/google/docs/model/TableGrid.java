package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.List;

/**
 * One table located in its segment's units: the positions of its start, each row's start, each cell's start
 * and its end, at the table's own nesting depth, and the merged cells its cell starts carry. Positions are
 * unit positions (index minus the segment's base) as they were when the grid was read.
 */
final class TableGrid {
    private final Segment segment;
    final int start;
    final int end;
    private final List<Integer> rowStarts;
    private final List<List<Integer>> cells;

    private TableGrid(Segment segment, int start, int end, List<Integer> rowStarts, List<List<Integer>> cells) {
        this.segment = segment;
        this.start = start;
        this.end = end;
        this.rowStarts = rowStarts;
        this.cells = cells;
    }

    /** A cell's area: a plain cell is 1×1 at its own place, a merged cell spans from its head. */
    record Area(int row, int column, int rowSpan, int columnSpan) {
        int endRow() {
            return row + rowSpan;
        }

        int endColumn() {
            return column + columnSpan;
        }

        boolean contains(int r, int c) {
            return r >= row && r < endRow() && c >= column && c < endColumn();
        }

        boolean intersects(Area o) {
            return row < o.endRow() && o.row < endRow() && column < o.endColumn() && o.column < endColumn();
        }

        boolean covers(Area o) {
            return o.row >= row && o.endRow() <= endRow() && o.column >= column && o.endColumn() <= endColumn();
        }
    }

    static TableGrid at(Segment segment, int tableStart) {
        int start = tableStart - segment.base();
        List<Unit> units = segment.units;
        if (start < 0 || start >= units.size() || units.get(start).mark() != Mark.TABLE_START) {
            throw GoogleException.invalidArgument("Invalid table start location. Must specify the start index of the "
                    + "table.");
        }
        List<Integer> rows = new ArrayList<>();
        List<List<Integer>> cells = new ArrayList<>();
        int depth = 0;
        for (int i = start + 1; ; i++) {
            Mark m = units.get(i).mark();
            if (m == Mark.TABLE_END && depth == 0) {
                return new TableGrid(segment, start, i, rows, cells);
            }
            depth += m == Mark.TABLE_START ? 1 : m == Mark.TABLE_END ? -1 : 0;
            if (m == Mark.ROW && depth == 0) {
                rows.add(i);
                cells.add(new ArrayList<>());
            } else if (m == Mark.CELL && depth == 0) {
                cells.get(cells.size() - 1).add(i);
            }
        }
    }

    int rows() {
        return rowStarts.size();
    }

    int columns() {
        return cells.get(0).size();
    }

    int rowStart(int row) {
        return rowStarts.get(row);
    }

    int rowEnd(int row) {
        return row + 1 < rows() ? rowStarts.get(row + 1) : end;
    }

    /** The position of a cell's start mark. */
    int cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** One past a cell's content. */
    int cellEnd(int row, int column) {
        return column + 1 < cells.get(row).size() ? cell(row, column + 1) : rowEnd(row);
    }

    void checkCell(int row, int column) {
        if (row < 0 || row >= rows()) {
            throw GoogleException.invalidArgument("Invalid table cell location. The row index " + row
                    + " is out of bounds.");
        }
        if (column < 0 || column >= cells.get(row).size()) {
            throw GoogleException.invalidArgument("Invalid table cell location. The column index " + column
                    + " is out of bounds.");
        }
    }

    /** The merged cells: every head whose span is more than one cell. */
    List<Area> merges() {
        List<Area> out = new ArrayList<>();
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cells.get(r).size(); c++) {
                JsonNode s = segment.units.get(cell(r, c)).style();
                int rowSpan = s == null ? 1 : s.path("rowSpan").asInt(1);
                int columnSpan = s == null ? 1 : s.path("columnSpan").asInt(1);
                if (rowSpan > 0 && (rowSpan > 1 || columnSpan > 1)) {
                    out.add(new Area(r, c, rowSpan, columnSpan));
                }
            }
        }
        return out;
    }

    /** The area of the cell at a place: its merged cell's if it is one or is covered by one. */
    Area areaOf(int row, int column) {
        return merges().stream().filter(m -> m.contains(row, column)).findFirst()
                .orElse(new Area(row, column, 1, 1));
    }

    /** Gives a cell's start the spans of a head (null for a plain cell) or {@link #covered()}. */
    void setCellStyle(int row, int column, JsonNode style) {
        segment.units.set(cell(row, column), Unit.mark(Mark.CELL, style));
    }

    void setSpans(Area head) {
        setCellStyle(head.row(), head.column(), spans(head.rowSpan(), head.columnSpan()));
    }

    JsonNode tableStyle() {
        return segment.units.get(start).style();
    }

    void setTableStyle(JsonNode style) {
        segment.units.set(start, Unit.mark(Mark.TABLE_START, style));
    }

    /** A covered cell's tableCellStyle: spans of 0, which Google leaves out of documents.get. */
    static JsonNode covered() {
        return spans(0, 0);
    }

    static JsonNode spans(int rowSpan, int columnSpan) {
        return rowSpan == 1 && columnSpan == 1 ? null : Json.object().put("rowSpan", rowSpan).put("columnSpan", columnSpan);
    }
}
