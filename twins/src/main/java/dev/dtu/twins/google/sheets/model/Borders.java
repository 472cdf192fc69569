package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * updateBorders: writes each border the request sets into the cells' userEnteredFormat.borders; a border left
 * out stays as it was, and style NONE clears it. Inner borders are written on both cells they separate.
 */
final class Borders {
    static final List<String> STYLES = List.of("STYLE_UNSPECIFIED", "DOTTED", "DASHED", "SOLID", "SOLID_MEDIUM",
            "SOLID_THICK", "NONE", "DOUBLE");
    private static final List<String> SIDES = List.of("top", "bottom", "left", "right", "innerHorizontal",
            "innerVertical");

    private final SpreadsheetEditor book;

    Borders(SpreadsheetEditor book) {
        this.book = book;
    }

    void updateBorders(JsonNode body, int index) {
        RequestFields fields = new RequestFields(book, index, "updateBorders");
        GridRange g = fields.range(body, "range");
        Map<String, JsonNode> given = new HashMap<>();
        for (String side : SIDES) {
            if (body.hasNonNull(side)) {
                given.put(side, border(fields, body, side));
            }
        }
        EditSheet sheet = book.sheetWithId(g.sheetId());
        for (int r = g.startRowIndex(); r < g.endRowIndex(); r++) {
            for (int c = g.startColumnIndex(); c < g.endColumnIndex(); c++) {
                Map<String, JsonNode> cell = new HashMap<>();
                putIfGiven(cell, "top", given, r == g.startRowIndex() ? "top" : "innerHorizontal");
                putIfGiven(cell, "bottom", given, r == g.endRowIndex() - 1 ? "bottom" : "innerHorizontal");
                putIfGiven(cell, "left", given, c == g.startColumnIndex() ? "left" : "innerVertical");
                putIfGiven(cell, "right", given, c == g.endColumnIndex() - 1 ? "right" : "innerVertical");
                if (!cell.isEmpty()) {
                    StoredCell stored = sheet.stored(r, c);
                    sheet.put(r, c, stored.withFormat(withBorders(stored.userEnteredFormat(), cell)));
                }
            }
        }
    }

    private static JsonNode border(RequestFields fields, JsonNode body, String side) {
        fields.object(body, side, "Border");
        String style = fields.enumValue(body, side + ".style", "Border.Style", STYLES);
        if (style.equals("STYLE_UNSPECIFIED")) {
            throw GoogleException.invalidArgument(side + ".style must be specified.");
        }
        ObjectNode border = ((ObjectNode) body.get(side)).deepCopy();
        return border.put("style", style);
    }

    private static void putIfGiven(Map<String, JsonNode> cell, String side, Map<String, JsonNode> given, String from) {
        if (given.containsKey(from)) {
            cell.put(side, given.get(from));
        }
    }

    private static JsonNode withBorders(JsonNode format, Map<String, JsonNode> sides) {
        ObjectNode f = format == null ? Json.object() : ((ObjectNode) format).deepCopy();
        ObjectNode borders = f.has("borders") && f.get("borders").isObject() ? (ObjectNode) f.get("borders")
                : f.putObject("borders");
        sides.forEach((side, border) -> {
            if (border.path("style").asText().equals("NONE")) {
                borders.remove(side);
            } else {
                borders.set(side, border);
            }
        });
        if (borders.isEmpty()) {
            f.remove("borders");
        }
        return f.isEmpty() ? null : f;
    }
}
