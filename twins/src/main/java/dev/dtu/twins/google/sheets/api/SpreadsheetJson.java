package dev.dtu.twins.google.sheets.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.sheets.model.CellData;
import dev.dtu.twins.google.sheets.model.ConditionalFormats;
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
        props.set("defaultFormat", defaultFormat());
        props.set("spreadsheetTheme", theme());
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

    /** Google's defaultFormat of a new spreadsheet, every field as spreadsheets.get returns it. */
    private static ObjectNode defaultFormat() {
        ObjectNode f = Json.object();
        f.set("backgroundColor", rgb(1, 1, 1));
        f.putObject("padding").put("top", 2).put("right", 3).put("bottom", 2).put("left", 3);
        f.put("verticalAlignment", "BOTTOM").put("wrapStrategy", "OVERFLOW_CELL");
        ObjectNode text = f.putObject("textFormat");
        text.putObject("foregroundColor");
        text.put("fontFamily", "arial,sans,sans-serif").put("fontSize", 10).put("bold", false).put("italic", false)
                .put("strikethrough", false).put("underline", false);
        text.putObject("foregroundColorStyle").putObject("rgbColor");
        f.putObject("backgroundColorStyle").set("rgbColor", rgb(1, 1, 1));
        return f;
    }

    /** The default theme: Arial and Google's palette (the twin does not change it; no request sets it). */
    private static ObjectNode theme() {
        ObjectNode t = Json.object().put("primaryFontFamily", "Arial");
        ArrayNode colors = t.putArray("themeColors");
        Object[][] palette = {{"TEXT", null}, {"BACKGROUND", new double[] {1, 1, 1}},
            {"ACCENT1", new double[] {0.25882354, 0.52156866, 0.95686275}},
            {"ACCENT2", new double[] {0.91764706, 0.2627451, 0.20784314}},
            {"ACCENT3", new double[] {0.9843137, 0.7372549, 0.015686275}},
            {"ACCENT4", new double[] {0.20392157, 0.65882355, 0.3254902}},
            {"ACCENT5", new double[] {1, 0.42745098, 0.003921569}},
            {"ACCENT6", new double[] {0.27450982, 0.7411765, 0.7764706}},
            {"LINK", new double[] {0.06666667, 0.33333334, 0.8}}};
        for (Object[] entry : palette) {
            double[] c = (double[]) entry[1];
            colors.addObject().put("colorType", (String) entry[0]).putObject("color")
                    .set("rgbColor", c == null ? Json.object() : rgb(c[0], c[1], c[2]));
        }
        return t;
    }

    /** A Color as Google writes it: a channel of 1 as the integer 1, a channel of 0 left out. */
    private static ObjectNode rgb(double red, double green, double blue) {
        ObjectNode o = Json.object();
        String[] names = {"red", "green", "blue"};
        double[] values = {red, green, blue};
        for (int i = 0; i < 3; i++) {
            if (values[i] == 1) {
                o.put(names[i], 1);
            } else if (values[i] != 0) {
                o.put(names[i], (float) values[i]);
            }
        }
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
                CellData cell = sheet.cell(r, c);
                cells.add(cell(sheet.stored(r, c), cell,
                        ConditionalFormats.formatAt(sheet, r, c, cell.effectiveValue()).orElse(null)));
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

    /** A cell as GridData holds it; {@code conditional} is the format a conditional rule gives it, or null. */
    static ObjectNode cell(StoredCell stored, CellData data, JsonNode conditional) {
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
        if (data.effectiveFormat() != null || stored.userEnteredFormat() != null || conditional != null) {
            ObjectNode effective = stored.userEnteredFormat() == null ? Json.object()
                    : ((ObjectNode) stored.userEnteredFormat()).deepCopy();
            if (data.effectiveFormat() != null) {
                effective.set("numberFormat", Json.tree(data.effectiveFormat()));
            }
            if (conditional != null) {
                ConditionalFormats.overlay(effective, conditional);
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
