package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.convention.FieldMask;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where an embedded chart sits (EmbeddedObjectPosition): on a sheet of its own ({@code sheetId}, or {@code newSheet}
 * which makes one) or over a grid ({@code overlayPosition}: an anchor cell, offsets, and a size that defaults to 600 by
 * 371 pixels, as OverlayPosition's reference says). updateEmbeddedObjectPosition moves a chart; an overlay chart's
 * anchor follows its cell when rows or columns are inserted, deleted or moved ({@link ExtrasMoves}).
 */
final class ChartPositions {
    static final int DEFAULT_WIDTH = 600;
    static final int DEFAULT_HEIGHT = 371;
    private static final List<String> OVERLAY_FIELDS = List.of("anchorCell", "offsetXPixels", "offsetYPixels",
            "widthPixels", "heightPixels");

    private final SpreadsheetEditor book;

    ChartPositions(SpreadsheetEditor book) {
        this.book = book;
    }

    /** The position as stored: a new sheet made and named by id, an overlay's anchor checked and its size filled. */
    ObjectNode resolve(JsonNode position, Supplier<Integer> newSheet) {
        if (position.path("newSheet").asBoolean(false)) {
            return Json.object().put("sheetId", newSheet.get());
        }
        if (position.has("sheetId")) {
            book.sheetWithId(position.get("sheetId").asInt());
            return Json.object().put("sheetId", position.get("sheetId").asInt());
        }
        JsonNode overlay = position.path("overlayPosition");
        if (!overlay.has("anchorCell")) {
            throw GoogleException.invalidArgument("A chart's position must be set.");
        }
        ObjectNode out = Json.object();
        out.set("overlayPosition", overlay(overlay));
        return out;
    }

    private ObjectNode overlay(JsonNode in) {
        ObjectNode o = in.deepCopy();
        for (String field : List.copyOf(o.properties().stream().map(java.util.Map.Entry::getKey).toList())) {
            if (o.get(field).isNumber() && o.get(field).asInt() < 0) {
                throw GoogleException.invalidArgument("Invalid overlayPosition: " + field + " must be non-negative.");
            }
        }
        JsonNode anchor = o.path("anchorCell");
        EditSheet sheet = book.sheetWithId(anchor.path("sheetId").asInt(0));
        int row = anchor.path("rowIndex").asInt(0);
        int column = anchor.path("columnIndex").asInt(0);
        if (row < 0 || column < 0 || row >= sheet.rowCount() || column >= sheet.columnCount()) {
            throw GoogleException.invalidArgument("Invalid anchorCell: the cell (" + row + ", " + column
                    + ") is outside the grid of sheet " + sheet.sheetId() + ".");
        }
        if (!o.has("widthPixels")) {
            o.put("widthPixels", DEFAULT_WIDTH);
        }
        if (!o.has("heightPixels")) {
            o.put("heightPixels", DEFAULT_HEIGHT);
        }
        return o;
    }

    /**
     * updateEmbeddedObjectPosition: the new position, or for an overlay the fields the mask names (relative to
     * overlayPosition, "*" for all) replaced in the chart's current overlay. Returns the position as stored.
     */
    ObjectNode update(JsonNode current, JsonNode newPosition, String fields, Supplier<Integer> newSheet) {
        JsonNode overlay = newPosition.path("overlayPosition");
        if (overlay.isMissingNode() || !current.has("overlayPosition")) {
            return resolve(newPosition, newSheet);
        }
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be specified in 'fields'.");
        }
        ObjectNode merged = current.path("overlayPosition").deepCopy();
        List<String> paths = FieldMask.parse(fields).paths();
        for (String field : paths.contains("*") ? OVERLAY_FIELDS : paths) {
            String top = field.split("\\.")[0];
            if (!OVERLAY_FIELDS.contains(top)) {
                throw GoogleException.invalidArgument("Invalid field mask: " + field);
            }
            if (overlay.has(top)) {
                merged.set(top, overlay.get(top).deepCopy());
            } else {
                merged.remove(top);
            }
        }
        ObjectNode out = Json.object();
        out.set("overlayPosition", overlay(merged));
        return out;
    }
}
