package dev.dtu.twins.google.sheets.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.sheets.model.CellData;
import dev.dtu.twins.google.sheets.model.DeveloperMetadata;
import dev.dtu.twins.google.sheets.model.DimensionRun;
import dev.dtu.twins.google.sheets.model.DimensionRuns;
import dev.dtu.twins.google.sheets.model.EditSheet;
import dev.dtu.twins.google.sheets.model.GridRange;
import dev.dtu.twins.google.sheets.model.NamedRange;
import dev.dtu.twins.google.sheets.model.SheetJson;
import dev.dtu.twins.google.sheets.model.SpreadsheetEditor;
import dev.dtu.twins.google.sheets.model.StoredCell;
import dev.dtu.twins.google.sheets.model.ValueFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Sheets API Spreadsheet resource, with grid data for the requested ranges when asked. */
final class SpreadsheetJson {
    private SpreadsheetJson() {}

    /** @param ranges the ranges asked for by sheet id (all sheets, whole, when empty) */
    static ObjectNode of(SpreadsheetEditor book, String title, Map<Integer, List<GridRange>> ranges, boolean withData) {
        ObjectNode o = Json.object().put("spreadsheetId", book.spreadsheetId());
        ObjectNode props = o.putObject("properties").put("title", title).put("locale", book.locale())
                .put("autoRecalc", "ON_CHANGE").put("timeZone", book.timeZone());
        props.putObject("defaultFormat").put("verticalAlignment", "BOTTOM").put("wrapStrategy", "OVERFLOW_CELL")
                .putObject("textFormat").put("fontFamily", "arial").put("fontSize", 10);
        ArrayNode sheets = o.putArray("sheets");
        for (EditSheet sheet : book.sheets()) {
            if (!ranges.isEmpty() && !ranges.containsKey(sheet.sheetId())) {
                continue;
            }
            ObjectNode s = sheets.addObject();
            s.set("properties", SheetJson.properties(sheet.properties()));
            if (withData) {
                ArrayNode data = s.putArray("data");
                for (GridRange g : ranges.getOrDefault(sheet.sheetId(), List.of(GridRange.wholeSheet(sheet.sheetId())))) {
                    data.add(gridData(sheet, g));
                }
            }
            List<GridRange> merges = merges(book, sheet);
            if (!merges.isEmpty()) {
                ArrayNode m = s.putArray("merges");
                merges.forEach(g -> m.add(SheetJson.gridRange(g)));
            }
            for (String field : List.of("protectedRanges", "basicFilter", "filterViews", "bandedRanges", "charts",
                    "conditionalFormats", "rowGroups", "columnGroups")) {
                if (sheet.extras().containsKey(field)) {
                    s.set(field, sheet.extras().get(field).deepCopy());
                }
            }
            List<JsonNode> own = DeveloperMetadata.ofSheet(sheet);
            if (!own.isEmpty()) {
                ArrayNode list = s.putArray("developerMetadata");
                own.forEach(e -> list.add(e.deepCopy()));
            }
        }
        if (!book.namedRanges().isEmpty()) {
            ArrayNode named = o.putArray("namedRanges");
            for (NamedRange n : book.namedRanges()) {
                ObjectNode nr = named.addObject().put("namedRangeId", n.namedRangeId()).put("name", n.name());
                nr.set("range", SheetJson.gridRange(n.range()));
            }
        }
        if (!book.ownDeveloperMetadata().isEmpty()) {
            ArrayNode metadata = o.putArray("developerMetadata");
            book.ownDeveloperMetadata().forEach(e -> metadata.add(e.deepCopy()));
        }
        o.put("spreadsheetUrl", "https://docs.google.com/spreadsheets/d/" + book.spreadsheetId() + "/edit");
        return o;
    }

    private static List<GridRange> merges(SpreadsheetEditor book, EditSheet sheet) {
        return sheet.merges();
    }

    private static ObjectNode gridData(EditSheet sheet, GridRange range) {
        GridRange g = range.clampTo(sheet.rowCount(), sheet.columnCount());
        ObjectNode data = Json.object();
        if (g.startRowIndex() > 0) {
            data.put("startRow", g.startRowIndex());
        }
        if (g.startColumnIndex() > 0) {
            data.put("startColumn", g.startColumnIndex());
        }
        List<ObjectNode> rows = new ArrayList<>();
        for (int r = g.startRowIndex(); r < g.endRowIndex(); r++) {
            List<ObjectNode> cells = new ArrayList<>();
            for (int c = g.startColumnIndex(); c < g.endColumnIndex(); c++) {
                cells.add(cell(sheet.stored(r, c), sheet.cell(r, c)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            ObjectNode row = Json.object();
            if (!cells.isEmpty()) {
                row.putArray("values").addAll(cells);
            }
            rows.add(row);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        if (!rows.isEmpty()) {
            data.putArray("rowData").addAll(rows);
        }
        dimensionMetadata(data.putArray("rowMetadata"), sheet, true, g.startRowIndex(), g.endRowIndex());
        dimensionMetadata(data.putArray("columnMetadata"), sheet, false, g.startColumnIndex(), g.endColumnIndex());
        return data;
    }

    /**
     * GridData's rowMetadata or columnMetadata: one DimensionProperties for every row or column of the range, each
     * with its pixelSize (Google's default 21 for a row, 100 for a column) and hiddenByUser only when true.
     */
    private static void dimensionMetadata(ArrayNode out, EditSheet sheet, boolean rows, int start, int end) {
        List<DimensionRun> runs = sheet.runs(rows);
        for (int i = start; i < end; i++) {
            ObjectNode p = out.addObject();
            DimensionRun run = DimensionRuns.at(runs, i);
            if (run != null && run.hiddenByUser()) {
                p.put("hiddenByUser", true);
            }
            p.put("pixelSize", run == null || run.pixelSize() == null ? DimensionRuns.defaultPixels(rows) : run.pixelSize());
            List<JsonNode> metadata = DeveloperMetadata.on(sheet, rows, i);
            if (!metadata.isEmpty()) {
                ArrayNode list = p.putArray("developerMetadata");
                metadata.forEach(e -> list.add(e.deepCopy()));
            }
        }
    }

    static ObjectNode cell(StoredCell stored, CellData data) {
        ObjectNode o = Json.object();
        if (stored.userEnteredValue() != null) {
            o.set("userEnteredValue", Json.tree(stored.userEnteredValue()));
        }
        if (stored.effectiveValue() != null) {
            o.set("effectiveValue", Json.tree(stored.effectiveValue()));
            o.put("formattedValue", ValueFormatter.format(data.effectiveValue(), data.effectiveFormat()));
        }
        if (stored.userEnteredFormat() != null) {
            o.set("userEnteredFormat", stored.userEnteredFormat());
        }
        if (data.effectiveFormat() != null || stored.userEnteredFormat() != null) {
            ObjectNode effective = stored.userEnteredFormat() == null ? Json.object()
                    : ((ObjectNode) stored.userEnteredFormat()).deepCopy();
            if (data.effectiveFormat() != null) {
                effective.set("numberFormat", Json.tree(data.effectiveFormat()));
            }
            o.set("effectiveFormat", effective);
        }
        if (stored.note() != null) {
            o.put("note", stored.note());
        }
        if (stored.dataValidation() != null) {
            o.set("dataValidation", stored.dataValidation());
        }
        return o;
    }

    static Map<Integer, List<GridRange>> bySheet(List<GridRange> ranges) {
        Map<Integer, List<GridRange>> out = new LinkedHashMap<>();
        ranges.forEach(g -> out.computeIfAbsent(g.sheetId(), k -> new ArrayList<>()).add(g));
        return out;
    }

}
