package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.convention.FieldMask;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** batchUpdate requests that change cells: updateCells, appendCells, repeatCell, findReplace, merges, sorting, validation. */
final class CellRequests {
    private final SpreadsheetEditor book;

    CellRequests(SpreadsheetEditor book) {
        this.book = book;
    }

    void appendCells(JsonNode body) {
        EditSheet sheet = book.sheetWithId(body.path("sheetId").asInt(0));
        List<String> fields = fields(body);
        int row = sheet.lastRowWithData();
        JsonNode rows = body.path("rows");
        book.ensureRows(sheet, row + rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode values = rows.get(i).path("values");
            book.ensureColumns(sheet, values.size());
            for (int c = 0; c < values.size(); c++) {
                sheet.put(row + i, c, applyCell(sheet.stored(row + i, c), values.get(c), fields));
            }
        }
    }

    void updateCells(JsonNode body) {
        List<String> fields = fields(body);
        JsonNode rows = body.path("rows");
        if (body.has("range")) {
            GridRange g = SheetJson.readGridRange(body.get("range"));
            EditSheet sheet = book.sheetWithId(g.sheetId());
            GridRange c = g.clampTo(sheet.rowCount(), sheet.columnCount());
            for (int r = c.startRowIndex(); r < c.endRowIndex(); r++) {
                for (int col = c.startColumnIndex(); col < c.endColumnIndex(); col++) {
                    JsonNode cell = rows.path(r - c.startRowIndex()).path("values").path(col - c.startColumnIndex());
                    sheet.put(r, col, applyCell(sheet.stored(r, col), cell.isMissingNode() ? Json.object() : cell, fields));
                }
            }
            return;
        }
        JsonNode start = body.path("start");
        EditSheet sheet = book.sheetWithId(start.path("sheetId").asInt(0));
        int r0 = start.path("rowIndex").asInt(0);
        int c0 = start.path("columnIndex").asInt(0);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode values = rows.get(i).path("values");
            for (int j = 0; j < values.size(); j++) {
                checkInGrid(sheet, r0 + i, c0 + j);
                sheet.put(r0 + i, c0 + j, applyCell(sheet.stored(r0 + i, c0 + j), values.get(j), fields));
            }
        }
    }

    void repeatCell(JsonNode body) {
        List<String> fields = fields(body);
        forEachCell(body.path("range"), (sheet, r, c) -> sheet.put(r, c, applyCell(sheet.stored(r, c), body.path("cell"), fields)));
    }

    void setDataValidation(JsonNode body) {
        JsonNode rule = body.get("rule");
        forEachCell(body.path("range"), (sheet, r, c) -> sheet.put(r, c,
                sheet.stored(r, c).withDataValidation(rule == null || rule.isNull() ? null : rule.deepCopy())));
    }

    private static List<String> fields(JsonNode body) {
        String fields = body.path("fields").asText("");
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be specified.");
        }
        return FieldMask.parse(fields).paths();
    }

    private static void checkInGrid(EditSheet sheet, int row, int column) {
        if (row >= sheet.rowCount() || column >= sheet.columnCount()) {
            // Google quotes only titles that need it: "Range (Solar!Y1) exceeds grid limits. Max rows: 981, max
            // columns: 24" (quoted in home-assistant/core#104198); "Range ('Lighthouse Results'!A1001) ...".
            throw GoogleException.invalidArgument("Range (" + SheetNames.quoteIfNeeded(sheet.title()) + "!"
                    + ColumnLetters.toLetters(column) + (row + 1) + ") exceeds grid limits. Max rows: "
                    + sheet.rowCount() + ", max columns: " + sheet.columnCount());
        }
    }

    /** Applies the masked fields of a request's CellData to a stored cell. */
    static StoredCell applyCell(StoredCell current, JsonNode cell, List<String> fields) {
        StoredCell out = current;
        for (String path : fields) {
            if (path.equals("*")) {
                out = applyCell(out, cell, List.of("userEnteredValue", "userEnteredFormat", "note", "dataValidation"));
            } else if (path.equals("userEnteredValue")) {
                CellValueJson v = CellValueJson.read(cell.get("userEnteredValue"));
                if (v != null) {
                    CellText.check(v.formulaValue() != null ? v.formulaValue() : v.stringValue());
                }
                out = out.withEntered(CellValueJson.toExtended(v), null);
            } else if (path.startsWith("userEnteredFormat")) {
                JsonNode written = setPath(out.userEnteredFormat(), cell.get("userEnteredFormat"),
                        path.substring("userEnteredFormat".length()));
                boolean style = path.contains("ColorStyle") || path.equals("userEnteredFormat")
                        && cell.path("userEnteredFormat").toString().contains("ColorStyle\"");
                out = out.withFormat(ColorStyles.paired(written == null ? null : written.deepCopy(), style));
            } else if (path.equals("note")) {
                out = out.withNote(cell.has("note") ? cell.get("note").asText() : null);
            } else if (path.equals("dataValidation")) {
                JsonNode rule = cell.get("dataValidation");
                out = out.withDataValidation(rule == null || rule.isNull() ? null : rule.deepCopy());
            } else {
                throw GoogleException.invalidArgument("Invalid field mask: " + path);
            }
        }
        return out;
    }

    // Sets the value at a sub-path (".textFormat.bold") of a CellFormat, removing it when the request leaves it out.
    private static JsonNode setPath(JsonNode current, JsonNode source, String subPath) {
        if (subPath.isEmpty()) {
            return source == null || source.isNull() || source.isEmpty() ? null : source.deepCopy();
        }
        String[] parts = subPath.substring(1).split("\\.");
        ObjectNode root = current == null ? Json.object() : ((ObjectNode) current).deepCopy();
        ObjectNode target = root;
        JsonNode from = source == null ? Json.object() : source;
        for (int i = 0; i < parts.length - 1; i++) {
            target = target.has(parts[i]) && target.get(parts[i]).isObject() ? (ObjectNode) target.get(parts[i])
                    : target.putObject(parts[i]);
            from = from.path(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (from.has(last)) {
            target.set(last, from.get(last).deepCopy());
        } else {
            target.remove(last);
        }
        return root.isEmpty() ? null : root;
    }

    ObjectNode findReplace(JsonNode body) {
        String find = body.path("find").asText("");
        if (find.isEmpty()) {
            throw GoogleException.invalidArgument("find must be non-empty.");
        }
        Pattern pattern = pattern(body, find);
        String replacement = body.path("replacement").asText("");
        boolean formulas = body.path("includeFormulas").asBoolean(false);
        List<GridRange> scope = scope(body);
        int values = 0;
        int formulaCount = 0;
        int occurrences = 0;
        Set<String> rows = new HashSet<>();
        Set<Integer> sheets = new HashSet<>();
        for (GridRange g : scope) {
            EditSheet sheet = book.sheetWithId(g.sheetId());
            for (Map.Entry<CellKey, StoredCell> e : sheet.cells.entrySet()) {
                int r = e.getKey().row();
                int c = e.getKey().column();
                CellValueJson v = e.getValue().userEnteredValue();
                if (!g.contains(r, c) || v == null) {
                    continue;
                }
                boolean isFormula = v.formulaValue() != null;
                String text = isFormula ? v.formulaValue() : v.stringValue();
                if (text == null || (isFormula && !formulas)) {
                    continue;
                }
                Matcher m = pattern.matcher(text);
                int count = 0;
                while (m.find()) {
                    count++;
                }
                if (count == 0) {
                    continue;
                }
                String replaced = pattern.matcher(text).replaceAll(body.path("searchByRegex").asBoolean(false)
                        ? replacement.replaceAll("\\$(\\d)", "\\$$1") : Matcher.quoteReplacement(replacement));
                occurrences += count;
                if (isFormula) {
                    formulaCount++;
                    sheet.put(r, c, e.getValue().withEntered(ExtendedValue.formula(replaced), null));
                } else {
                    values++;
                    sheet.put(r, c, e.getValue().withEntered(CellValue.string(replaced), null));
                }
                rows.add(sheet.sheetId() + ":" + r);
                sheets.add(sheet.sheetId());
            }
        }
        ObjectNode reply = Json.object();
        putIfPositive(reply, "valuesChanged", values);
        putIfPositive(reply, "formulasChanged", formulaCount);
        putIfPositive(reply, "rowsChanged", rows.size());
        putIfPositive(reply, "sheetsChanged", sheets.size());
        putIfPositive(reply, "occurrencesChanged", occurrences);
        return reply;
    }

    private static void putIfPositive(ObjectNode o, String field, int value) {
        if (value > 0) {
            o.put(field, value);
        }
    }

    private static Pattern pattern(JsonNode body, String find) {
        int flags = body.path("matchCase").asBoolean(false) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String regex = body.path("searchByRegex").asBoolean(false) ? find : Pattern.quote(find);
        if (body.path("matchEntireCell").asBoolean(false)) {
            regex = "^(?:" + regex + ")$";
        }
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw GoogleException.invalidArgument("Invalid regular expression: " + find);
        }
    }

    private List<GridRange> scope(JsonNode body) {
        if (body.path("allSheets").asBoolean(false)) {
            return book.sheets.stream().map(s -> GridRange.wholeSheet(s.sheetId())).toList();
        }
        if (body.has("sheetId")) {
            return List.of(GridRange.wholeSheet(book.sheetWithId(body.get("sheetId").asInt()).sheetId()));
        }
        if (body.has("range")) {
            return List.of(SheetJson.readGridRange(body.get("range")));
        }
        throw GoogleException.invalidArgument("One of range, sheetId or allSheets must be set.");
    }

    void mergeCells(JsonNode body) {
        GridRange g = bounded(body.path("range"));
        EditSheet sheet = book.sheetWithId(g.sheetId());
        // A merge over whole earlier merges replaces them; one cutting through a merge is refused.
        for (GridRange m : sheet.merges) {
            if (overlaps(m, g) && !contains(g, m)) {
                throw GoogleException.invalidArgument("You must select all cells in a merged range to merge or unmerge them.");
            }
        }
        sheet.merges.removeIf(m -> contains(g, m));
        String type = body.path("mergeType").asText("MERGE_ALL");
        List<GridRange> merges = new ArrayList<>();
        switch (type) {
            case "MERGE_ALL" -> merges.add(g);
            case "MERGE_ROWS" -> {
                for (int r = g.startRowIndex(); r < g.endRowIndex(); r++) {
                    merges.add(new GridRange(g.sheetId(), r, r + 1, g.startColumnIndex(), g.endColumnIndex()));
                }
            }
            case "MERGE_COLUMNS" -> {
                for (int c = g.startColumnIndex(); c < g.endColumnIndex(); c++) {
                    merges.add(new GridRange(g.sheetId(), g.startRowIndex(), g.endRowIndex(), c, c + 1));
                }
            }
            default -> throw GoogleException.invalidArgument("Invalid value at 'requests.merge_cells.merge_type' (" + type + ")");
        }
        for (GridRange m : merges) {
            if (m.rowCount() * m.columnCount() > 1) {
                sheet.merges.add(m);
                clearAllButTopLeft(sheet, m);
            }
        }
    }

    // A merge keeps only the top-left cell's value.
    private static void clearAllButTopLeft(EditSheet sheet, GridRange m) {
        for (int r = m.startRowIndex(); r < m.endRowIndex(); r++) {
            for (int c = m.startColumnIndex(); c < m.endColumnIndex(); c++) {
                if (r != m.startRowIndex() || c != m.startColumnIndex()) {
                    sheet.put(r, c, sheet.stored(r, c).withValues(null, null));
                }
            }
        }
    }

    void unmergeCells(JsonNode body) {
        GridRange g = bounded(body.path("range"));
        book.sheetWithId(g.sheetId()).merges.removeIf(m -> overlaps(m, g));
    }

    private GridRange bounded(JsonNode range) {
        GridRange g = SheetJson.readGridRange(range);
        EditSheet sheet = book.sheetWithId(g.sheetId());
        return g.clampTo(sheet.rowCount(), sheet.columnCount());
    }

    private static boolean contains(GridRange outer, GridRange inner) {
        return outer.startRowIndex() <= inner.startRowIndex() && inner.endRowIndex() <= outer.endRowIndex()
                && outer.startColumnIndex() <= inner.startColumnIndex() && inner.endColumnIndex() <= outer.endColumnIndex();
    }

    private static boolean overlaps(GridRange a, GridRange b) {
        return a.startRowIndex() < b.endRowIndex() && b.startRowIndex() < a.endRowIndex()
                && a.startColumnIndex() < b.endColumnIndex() && b.startColumnIndex() < a.endColumnIndex();
    }

    void sortRange(JsonNode body) {
        GridRange g = bounded(body.path("range"));
        EditSheet sheet = book.sheetWithId(g.sheetId());
        Comparator<Map<Integer, StoredCell>> order = null;
        for (JsonNode spec : body.path("sortSpecs")) {
            int column = spec.path("dimensionIndex").asInt(0);
            boolean descending = spec.path("sortOrder").asText("ASCENDING").equals("DESCENDING");
            Comparator<Map<Integer, StoredCell>> key = (a, b) -> SortOrder.compare(a.get(column), b.get(column), descending);
            order = order == null ? key : order.thenComparing(key);
        }
        if (order == null) {
            throw GoogleException.invalidArgument("sortSpecs must be non-empty.");
        }
        List<Map<Integer, StoredCell>> rows = new ArrayList<>();
        for (int r = g.startRowIndex(); r < g.endRowIndex(); r++) {
            Map<Integer, StoredCell> row = new TreeMap<>();
            for (int c = g.startColumnIndex(); c < g.endColumnIndex(); c++) {
                row.put(c, sheet.stored(r, c));
            }
            rows.add(row);
        }
        rows.sort(order);
        for (int i = 0; i < rows.size(); i++) {
            int r = g.startRowIndex() + i;
            rows.get(i).forEach((c, cell) -> sheet.put(r, c, cell));
        }
    }

    private interface CellVisitor {
        void visit(EditSheet sheet, int row, int column);
    }

    private void forEachCell(JsonNode range, CellVisitor visitor) {
        GridRange g = bounded(range);
        EditSheet sheet = book.sheetWithId(g.sheetId());
        for (int r = g.startRowIndex(); r < g.endRowIndex(); r++) {
            for (int c = g.startColumnIndex(); c < g.endColumnIndex(); c++) {
                visitor.visit(sheet, r, c);
            }
        }
    }
}
