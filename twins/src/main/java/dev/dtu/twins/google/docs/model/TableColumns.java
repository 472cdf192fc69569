package dev.dtu.twins.google.docs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.List;

/**
 * insertTableColumn, deleteTableColumn and updateTableColumnProperties on a segment's units. Each column is
 * one cell (a cell start and its paragraphs) in every row, and one entry of tableStyle.tableColumnProperties.
 */
final class TableColumns {
    private final Segment segment;

    TableColumns(Segment segment) {
        this.segment = segment;
    }

    // "A new column will be inserted to the left (or right) of the column where the reference cell is. If the
    // reference cell is a merged cell, a new column will be inserted to the left (or right) of the merged
    // cell." A merged cell the new column lands inside grows over it.
    void insertTableColumn(int tableStart, int rowIndex, int columnIndex, boolean insertRight) {
        TableGrid t = TableGrid.at(segment, tableStart);
        t.checkCell(rowIndex, columnIndex);
        TableGrid.Area ref = t.areaOf(rowIndex, columnIndex);
        int at = insertRight ? ref.endColumn() : ref.column();
        List<TableGrid.Area> crossed = t.merges().stream().filter(m -> m.column() < at && at < m.endColumn()).toList();
        crossed.forEach(m -> t.setSpans(new TableGrid.Area(m.row(), m.column(), m.rowSpan(), m.columnSpan() + 1)));
        List<JsonNode> properties = properties(t);
        properties.add(at, evenlyDistributed());
        t.setTableStyle(tableStyle(properties));
        for (int r = t.rows() - 1; r >= 0; r--) {
            int row = r;
            boolean covered = crossed.stream().anyMatch(m -> m.row() <= row && row < m.endRow());
            int position = at < t.columns() ? t.cell(r, at) : t.rowEnd(r);
            segment.addUnits(position, Tables.emptyCell(covered ? TableGrid.covered() : null));
        }
    }

    // "The column this cell spans will be deleted. If this is a merged cell that spans multiple columns, all
    // columns that the cell spans will be deleted. If no columns remain in the table after this deletion, the
    // whole table is deleted." (DeleteTableColumnRequest)
    void deleteTableColumn(int tableStart, int rowIndex, int columnIndex) {
        TableGrid t = TableGrid.at(segment, tableStart);
        t.checkCell(rowIndex, columnIndex);
        TableGrid.Area gone = t.areaOf(rowIndex, columnIndex);
        if (gone.columnSpan() == t.columns()) {
            segment.removeUnits(t.start, t.end + 1);
            return;
        }
        for (TableGrid.Area m : t.merges()) {
            int kept = m.columnSpan() - Tables.overlap(m.column(), m.endColumn(), gone.column(), gone.endColumn());
            if (kept > 0 && kept < m.columnSpan()) {
                int head = m.column() >= gone.column() ? gone.endColumn() : m.column();
                t.setSpans(new TableGrid.Area(m.row(), head, m.rowSpan(), kept));
            }
        }
        List<JsonNode> properties = properties(t);
        properties.subList(gone.column(), gone.endColumn()).clear();
        t.setTableStyle(tableStyle(properties));
        for (int r = t.rows() - 1; r >= 0; r--) {
            segment.removeUnits(t.cell(r, gone.column()), t.cellEnd(r, gone.endColumn() - 1));
        }
    }

    // "If no indices are specified, all columns will be updated." "If the value of table_column_properties#width
    // is less than 5 points (5/72 inch), a 400 bad request error is returned." (UpdateTableColumnPropertiesRequest)
    void updateTableColumnProperties(int tableStart, List<Integer> columnIndices, JsonNode update, List<String> fields) {
        TableGrid t = TableGrid.at(segment, tableStart);
        for (int c : columnIndices) {
            if (c < 0 || c >= t.columns()) {
                throw GoogleException.invalidArgument("Invalid column index. The column index " + c
                        + " is out of bounds.");
            }
        }
        JsonNode width = update.path("width");
        boolean setsWidth = fields.contains("*") || fields.contains("width");
        if (setsWidth && width.has("magnitude") && width.path("magnitude").asDouble() < 5) {
            throw GoogleException.invalidArgument("The column width must be at least 5 points.");
        }
        List<JsonNode> properties = properties(t);
        List<Integer> targets = columnIndices.isEmpty() ? range(t.columns()) : columnIndices;
        for (int c : targets) {
            properties.set(c, Segment.merge(properties.get(c), update, fields));
        }
        t.setTableStyle(tableStyle(properties));
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    /** The table's column properties, one per column, defaults included. */
    static List<JsonNode> properties(TableGrid t) {
        JsonNode stored = t.tableStyle() == null ? null : t.tableStyle().get("tableColumnProperties");
        List<JsonNode> out = new ArrayList<>();
        for (int c = 0; c < t.columns(); c++) {
            out.add(stored == null ? evenlyDistributed() : stored.get(c));
        }
        return out;
    }

    static ObjectNode evenlyDistributed() {
        return Json.object().put("widthType", "EVENLY_DISTRIBUTED");
    }

    // Defaults are not stored, so a table whose columns are all evenly distributed again reads as new.
    private static JsonNode tableStyle(List<JsonNode> properties) {
        if (properties.stream().allMatch(p -> p.equals(evenlyDistributed()))) {
            return null;
        }
        ObjectNode style = Json.object();
        ArrayNode list = style.putArray("tableColumnProperties");
        properties.forEach(list::add);
        return style;
    }
}
