package dev.dtu.twins.google.docs.model;

import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.List;

/**
 * mergeTableCells and unmergeTableCells. The head (upper-left) cell of a merged cell carries its rowSpan and
 * columnSpan; the cells it covers stay in their rows with spans of 0 and an empty paragraph.
 */
final class TableMerges {
    private final Segment segment;

    TableMerges(Segment segment) {
        this.segment = segment;
    }

    /** A TableRange: the cell where it starts and how many rows and columns it spans. */
    record Range(int tableStart, int row, int column, int rowSpan, int columnSpan) {}

    // "Any text in the cells being merged will be concatenated and stored in the head cell of the range ... If
    // the range is non-rectangular (which can occur in some cases where the range covers cells that are already
    // merged ...), a 400 bad request error is returned." (MergeTableCellsRequest)
    void mergeTableCells(Range range) {
        TableGrid t = TableGrid.at(segment, range.tableStart());
        TableGrid.Area area = area(t, range);
        for (TableGrid.Area m : t.merges()) {
            if (m.intersects(area) && !area.covers(m)) {
                throw GoogleException.invalidArgument("Invalid table range. The cells to merge must form a "
                        + "rectangle, and the range partly covers a merged cell.");
            }
        }
        List<Integer> filled = new ArrayList<>();
        for (int r = area.row(); r < area.endRow(); r++) {
            for (int c = area.column(); c < area.endColumn(); c++) {
                t.setCellStyle(r, c, TableGrid.covered());
                if ((r != area.row() || c != area.column()) && !empty(t, r, c)) {
                    filled.add(r * t.columns() + c);
                }
            }
        }
        t.setSpans(area);
        moveIntoHead(t, area, filled);
    }

    // Cells in row-major order after the head: their content is appended to the head's (replacing the head's
    // paragraph if it was empty) and each is left with one empty paragraph.
    private void moveIntoHead(TableGrid t, TableGrid.Area head, List<Integer> filled) {
        List<Unit> moved = new ArrayList<>();
        for (int key : filled) {
            int r = key / t.columns();
            int c = key % t.columns();
            moved.addAll(List.copyOf(segment.units.subList(t.cell(r, c) + 1, t.cellEnd(r, c))));
        }
        for (int i = filled.size() - 1; i >= 0; i--) {
            int r = filled.get(i) / t.columns();
            int c = filled.get(i) % t.columns();
            segment.removeUnits(t.cell(r, c) + 1, t.cellEnd(r, c));
            segment.addUnits(t.cell(r, c) + 1, Tables.emptyCell(null).subList(1, 2));
        }
        if (moved.isEmpty()) {
            return;
        }
        boolean headEmpty = empty(t, head.row(), head.column());
        segment.addUnits(t.cellEnd(head.row(), head.column()), moved);
        if (headEmpty) {
            segment.removeUnits(t.cell(head.row(), head.column()) + 1, t.cell(head.row(), head.column()) + 2);
        }
    }

    // "All merged cells in this range will be unmerged, and cells that are already unmerged will not be
    // affected. If the range has no merged cells, the request will do nothing. If there is text in any of the
    // merged cells, the text will remain in the head cell." (UnmergeTableCellsRequest)
    void unmergeTableCells(Range range) {
        TableGrid t = TableGrid.at(segment, range.tableStart());
        TableGrid.Area area = area(t, range);
        for (TableGrid.Area m : t.merges()) {
            if (m.intersects(area)) {
                for (int r = m.row(); r < m.endRow(); r++) {
                    for (int c = m.column(); c < m.endColumn(); c++) {
                        t.setCellStyle(r, c, null);
                    }
                }
            }
        }
    }

    private static TableGrid.Area area(TableGrid t, Range range) {
        t.checkCell(range.row(), range.column());
        if (range.rowSpan() < 1 || range.columnSpan() < 1) {
            throw GoogleException.invalidArgument("Invalid table range. The row span and column span must be at "
                    + "least 1.");
        }
        if (range.row() + range.rowSpan() > t.rows() || range.column() + range.columnSpan() > t.columns()) {
            throw GoogleException.invalidArgument("Invalid table range. The range must be within the bounds of the "
                    + "table.");
        }
        return new TableGrid.Area(range.row(), range.column(), range.rowSpan(), range.columnSpan());
    }

    // A cell holding only its one empty paragraph.
    private boolean empty(TableGrid t, int row, int column) {
        return t.cellEnd(row, column) - t.cell(row, column) == 2 && segment.units.get(t.cell(row, column) + 1).isNewline();
    }
}
