package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.twins.google.sheets.model.formula.AxisChange;
import java.util.Map;

/**
 * The stored sheet objects (protected ranges, filters, banding, conditional formats, charts' sources, developer
 * metadata on rows and columns) follow their rows and columns when rows or columns are inserted, deleted or moved,
 * as Google's do: every GridRange of the changed sheet moves its span; one whose rows (or columns) were all deleted
 * leaves the list holding it, and a DimensionRange of deleted rows takes its developer metadata entry with it.
 */
final class ExtrasMoves {
    private ExtrasMoves() {}

    static void remap(EditSheet sheet, AxisChange change) {
        for (Map.Entry<String, JsonNode> e : Map.copyOf(sheet.extras).entrySet()) {
            JsonNode copy = e.getValue().deepCopy();
            if (visit(copy, sheet.sheetId(), change)) {
                sheet.extras.put(e.getKey(), copy);
            }
        }
        JsonNode metadata = sheet.extras.get(DeveloperMetadata.FIELD);
        if (metadata != null && metadata.isEmpty()) {
            sheet.extras.remove(DeveloperMetadata.FIELD);
        }
    }

    /** Moves the ranges under {@code node}; whether anything changed. */
    private static boolean visit(JsonNode node, int sheetId, AxisChange change) {
        boolean changed = false;
        if (node instanceof ArrayNode list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                JsonNode item = list.get(i);
                if (gone(item, sheetId, change)) {
                    list.remove(i);
                    changed = true;
                } else {
                    changed |= visit(item, sheetId, change);
                }
            }
        } else if (node instanceof ObjectNode o) {
            changed |= move(o, sheetId, change);
            for (Map.Entry<String, JsonNode> field : o.properties()) {
                if (field.getKey().equals("anchorCell") && field.getValue() instanceof ObjectNode cell) {
                    changed |= moveCoordinate(cell, sheetId, change);
                } else if (field.getValue().isContainerNode()) {
                    changed |= visit(field.getValue(), sheetId, change);
                }
            }
        }
        return changed;
    }

    /**
     * A GridCoordinate (a chart's anchor cell) follows its cell; when its row or column is deleted it takes the next
     * one that stays (the cell that moves into its place), or the last one before it.
     */
    private static boolean moveCoordinate(ObjectNode o, int sheetId, AxisChange change) {
        String field = change.rows() ? "rowIndex" : "columnIndex";
        if (o.path("sheetId").asInt(0) != sheetId) {
            return false;
        }
        int at = o.path(field).asInt(0);
        int moved = change.movedFirst(at, at + SPAN);
        if (moved == AxisChange.REF) {
            moved = Math.max(0, change.movedLast(0, at));
        }
        if (moved == AxisChange.REF || moved == at) {
            return false;
        }
        o.put(field, moved);
        return true;
    }

    /** Far enough past any grid (Sheets holds at most 10 million cells) to reach the next index that stays. */
    private static final int SPAN = 10_000_000;

    /** A list item whose range (or row/column metadata's rows) was wholly deleted. */
    private static boolean gone(JsonNode item, int sheetId, AxisChange change) {
        JsonNode range = item.has("location") ? item.path("location").path("dimensionRange") : item;
        if (!range.isObject() || range.path("sheetId").asInt(0) != sheetId) {
            return false;
        }
        if (range.has("dimension")) {
            return range.path("dimension").asText().equals("ROWS") == change.rows()
                    && change.movedSpan(range.path("startIndex").asInt(0), range.path("endIndex").asInt()) == null;
        }
        String start = change.rows() ? "startRowIndex" : "startColumnIndex";
        String end = change.rows() ? "endRowIndex" : "endColumnIndex";
        return range.has(end) && change.movedSpan(range.path(start).asInt(0), range.get(end).asInt()) == null;
    }

    /** Moves this object's own span if it is a GridRange or a DimensionRange of the sheet. */
    private static boolean move(ObjectNode o, int sheetId, AxisChange change) {
        boolean dimension = o.has("dimension") && o.has("endIndex");
        boolean grid = o.has("startRowIndex") || o.has("endRowIndex") || o.has("startColumnIndex")
                || o.has("endColumnIndex");
        if (!dimension && !grid || o.path("sheetId").asInt(0) != sheetId
                || dimension && o.path("dimension").asText().equals("ROWS") != change.rows()) {
            return false;
        }
        String start = dimension ? "startIndex" : change.rows() ? "startRowIndex" : "startColumnIndex";
        String end = dimension ? "endIndex" : change.rows() ? "endRowIndex" : "endColumnIndex";
        int first = o.path(start).asInt(0);
        if (!o.has(end)) { // unbounded: only its start moves
            int moved = change.movedCell(first);
            if (moved == AxisChange.REF || moved == first) {
                return false;
            }
            o.put(start, moved);
            return true;
        }
        int[] span = change.movedSpan(first, o.get(end).asInt());
        if (span == null || span[0] == first && span[1] == o.get(end).asInt()) {
            return false;
        }
        if (span[0] != 0 || o.has(start)) {
            o.put(start, span[0]);
        }
        o.put(end, span[1]);
        return true;
    }
}
