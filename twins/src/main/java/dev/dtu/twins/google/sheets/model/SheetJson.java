package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;

/** Sheets API JSON shapes of the model: SheetProperties, GridRange. */
public final class SheetJson {
    private SheetJson() {}

    public static ObjectNode properties(SheetProperties p) {
        ObjectNode o = Json.object().put("sheetId", p.sheetId()).put("title", p.title()).put("index", p.index())
                .put("sheetType", "GRID");
        ObjectNode grid = o.putObject("gridProperties").put("rowCount", p.rowCount()).put("columnCount", p.columnCount());
        if (p.frozenRowCount() > 0) {
            grid.put("frozenRowCount", p.frozenRowCount());
        }
        if (p.frozenColumnCount() > 0) {
            grid.put("frozenColumnCount", p.frozenColumnCount());
        }
        if (p.hideGridlines()) {
            grid.put("hideGridlines", true);
        }
        if (p.hidden()) {
            o.put("hidden", true);
        }
        if (p.rightToLeft()) {
            o.put("rightToLeft", true);
        }
        return o;
    }

    /** Indexes are optional (absent means unbounded), so 0 is written; sheetId 0 is left out (proto3 JSON). */
    public static ObjectNode gridRange(GridRange g) {
        ObjectNode o = Json.object();
        if (g.sheetId() != 0) {
            o.put("sheetId", g.sheetId());
        }
        putIfSet(o, "startRowIndex", g.startRowIndex());
        putIfSet(o, "endRowIndex", g.endRowIndex());
        putIfSet(o, "startColumnIndex", g.startColumnIndex());
        putIfSet(o, "endColumnIndex", g.endColumnIndex());
        return o;
    }

    private static void putIfSet(ObjectNode o, String field, Integer value) {
        if (value != null) {
            o.put(field, value);
        }
    }

    public static GridRange readGridRange(JsonNode n) {
        return new GridRange(n.path("sheetId").asInt(0), index(n, "startRowIndex"), index(n, "endRowIndex"),
                index(n, "startColumnIndex"), index(n, "endColumnIndex"));
    }

    private static Integer index(JsonNode n, String field) {
        return n.has(field) && !n.get(field).isNull() ? n.get(field).asInt() : null;
    }
}
