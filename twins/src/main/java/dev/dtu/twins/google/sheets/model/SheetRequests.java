package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.convention.FieldMask;
import dev.dtu.twins.google.errors.GoogleException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * spreadsheets.batchUpdate: applies requests in order to a working copy and collects one reply per request
 * (an empty object for requests without one). Any failure fails the batch: the caller discards the copy.
 */
public final class SheetRequests {
    private final SpreadsheetEditor book;
    private final CellRequests cells;
    private final RangeShifts shifts;
    private final Pastes pastes;
    private final DimensionRequests dimensions;
    private String caller = "";

    public SheetRequests(SpreadsheetEditor book) {
        this(book, Clock.systemUTC());
    }

    /** @param clock what NOW() reads when a request needs computed values before the batch ends */
    public SheetRequests(SpreadsheetEditor book, Clock clock) {
        this.book = book;
        this.cells = new CellRequests(book);
        this.shifts = new RangeShifts(book);
        this.pastes = new Pastes(book, clock);
        this.dimensions = new DimensionRequests(book);
    }

    /** The requesting user's email (Google makes them an editor of the protected ranges they add). */
    public SheetRequests as(String email) {
        this.caller = email;
        return this;
    }

    public ArrayNode apply(JsonNode requests) {
        if (requests == null || !requests.isArray()) {
            throw GoogleException.invalidArgument("Invalid JSON payload received. 'requests' must be a list.");
        }
        ArrayNode replies = Json.array();
        for (int i = 0; i < requests.size(); i++) {
            if (!MOVES_LATER.contains(kindOf(requests.get(i)))) {
                book.applyPendingMoves();
            }
            replies.add(applyOne(requests.get(i), i));
        }
        book.applyPendingMoves();
        return replies;
    }

    /**
     * Requests that only record how cells and formulas must move (see {@link SpreadsheetEditor#moveLater}); any
     * other request may read them, so the recorded moves are applied before it runs.
     */
    private static final Set<String> MOVES_LATER = Set.of("insertDimension", "deleteDimension",
            "moveDimension");

    private static String kindOf(JsonNode request) {
        Iterator<String> names = request == null ? null : request.fieldNames();
        return names != null && names.hasNext() ? names.next() : "";
    }

    private JsonNode applyOne(JsonNode request, int i) {
        Iterator<String> names = request.fieldNames();
        if (!names.hasNext()) {
            throw GoogleException.invalidArgument("Invalid requests[" + i + "]: No request set.");
        }
        String kind = names.next();
        JsonNode body = request.get(kind);
        try {
            return dispatch(kind, body, i);
        } catch (GoogleException e) {
            if (e.getMessage().startsWith("Invalid requests[") || e.getMessage().startsWith("Invalid JSON")
                    || e.getMessage().startsWith("Invalid value at '")) {
                throw e;
            }
            throw GoogleException.invalidArgument("Invalid requests[" + i + "]." + kind + ": " + e.getMessage());
        } catch (RangeParseException | FieldMask.Invalid e) {
            throw GoogleException.invalidArgument("Invalid requests[" + i + "]." + kind + ": " + e.getMessage());
        }
    }

    private JsonNode dispatch(String kind, JsonNode body, int i) {
        ObjectNode empty = Json.object();
        String at = "requests[" + i + "]." + snakeCase(kind);
        switch (kind) {
            case "addSheet" -> {
                return reply(kind, Json.object().set("properties", SheetJson.properties(addSheet(body.path("properties")))));
            }
            case "deleteSheet" -> deleteSheet(body.path("sheetId").asInt());
            case "updateSheetProperties" -> updateSheetProperties(body.path("properties"), body.path("fields").asText(""));
            case "duplicateSheet" -> {
                return reply(kind, Json.object().set("properties", SheetJson.properties(duplicateSheet(body))));
            }
            case "insertDimension" -> dimensions.insert(body, at);
            case "deleteDimension" -> dimensions.delete(body, at);
            case "appendDimension" -> dimensions.append(body, at);
            case "moveDimension" -> dimensions.move(body, at);
            case "updateDimensionProperties" -> dimensions.updateProperties(body, at);
            case "autoResizeDimensions" -> dimensions.autoResize(body, at);
            case "appendCells" -> cells.appendCells(body);
            case "updateCells" -> cells.updateCells(body);
            case "repeatCell" -> cells.repeatCell(body);
            case "findReplace" -> {
                return reply(kind, cells.findReplace(body));
            }
            case "mergeCells" -> cells.mergeCells(body);
            case "unmergeCells" -> cells.unmergeCells(body);
            case "sortRange" -> cells.sortRange(body);
            case "setDataValidation" -> cells.setDataValidation(body);
            case "addNamedRange" -> {
                return reply(kind, Json.object().set("namedRange", Json.tree(addNamedRange(body.path("namedRange")))));
            }
            case "deleteNamedRange" -> deleteNamedRange(body.path("namedRangeId").asText());
            case "updateNamedRange" -> updateNamedRange(body.path("namedRange"), body.path("fields").asText(""));
            case "updateSpreadsheetProperties" -> updateSpreadsheetProperties(body);
            case "insertRange" -> shifts.insertRange(body, i);
            case "deleteRange" -> shifts.deleteRange(body, i);
            case "copyPaste" -> pastes.copyPaste(body, i);
            case "cutPaste" -> pastes.cutPaste(body, i);
            case "updateBorders" -> new Borders(book).updateBorders(body, i);
            case "addProtectedRange" -> {
                return reply(kind, new SheetExtras(book, caller).addProtectedRange(body));
            }
            case "deleteProtectedRange" -> new SheetExtras(book, caller).deleteProtectedRange(body);
            case "setBasicFilter" -> new SheetExtras(book, caller).setBasicFilter(body);
            case "clearBasicFilter" -> new SheetExtras(book, caller).clearBasicFilter(body);
            case "addDimensionGroup" -> {
                return reply(kind, new SheetExtras(book, caller).addDimensionGroup(body));
            }
            case "deleteDimensionGroup" -> {
                return reply(kind, new SheetExtras(book, caller).deleteDimensionGroup(body));
            }
            case "addFilterView" -> {
                return reply(kind, Json.object().set("filter", objects().add(SheetObjects.FILTER_VIEWS,
                        body.path("filter"), body.path("filter").path("range").path("sheetId").asInt(0))));
            }
            case "updateFilterView" -> objects().update(SheetObjects.FILTER_VIEWS, body.path("filter"),
                    body.path("fields").asText(""));
            case "deleteFilterView" -> objects().delete(SheetObjects.FILTER_VIEWS, body.path("filterId"));
            case "duplicateFilterView" -> {
                return reply(kind, Json.object().set("filter", objects().duplicate(SheetObjects.FILTER_VIEWS,
                        body.path("filterId"))));
            }
            case "addBanding" -> {
                return reply(kind, Json.object().set("bandedRange", objects().add(SheetObjects.BANDED_RANGES,
                        body.path("bandedRange"), body.path("bandedRange").path("range").path("sheetId").asInt(0))));
            }
            case "updateBanding" -> objects().update(SheetObjects.BANDED_RANGES, body.path("bandedRange"),
                    body.path("fields").asText(""));
            case "deleteBanding" -> objects().delete(SheetObjects.BANDED_RANGES, body.path("bandedRangeId"));
            case "addChart" -> {
                ObjectNode chart = body.path("chart").deepCopy();
                chart.set("position", new ChartPositions(book).resolve(body.path("chart").path("position"),
                        () -> addSheet(Json.object()).sheetId()));
                return reply(kind, Json.object().set("chart", objects().add(SheetObjects.CHARTS, chart,
                        chartSheet(chart.path("position")))));
            }
            case "updateEmbeddedObjectPosition" -> {
                return reply(kind, Json.object().set("position", objects().moveChart(body.path("objectId"),
                        body.path("newPosition"), body.path("fields").asText(""), () -> addSheet(Json.object()).sheetId())));
            }
            case "updateChartSpec" -> objects().update(SheetObjects.CHARTS, Json.object()
                    .put("chartId", body.path("chartId").asInt(Integer.MIN_VALUE)).set("spec", body.path("spec")), "spec");
            case "deleteEmbeddedObject" -> objects().delete(SheetObjects.CHARTS, body.path("objectId"));
            case "createDeveloperMetadata" -> {
                return reply(kind, Json.object().set("developerMetadata",
                        new DeveloperMetadata(book).create(body.path("developerMetadata"))));
            }
            case "updateDeveloperMetadata" -> {
                return reply(kind, new DeveloperMetadata(book).update(body));
            }
            case "deleteDeveloperMetadata" -> {
                return reply(kind, new DeveloperMetadata(book).delete(body));
            }
            case "addConditionalFormatRule" -> objects().addRule(body);
            case "updateConditionalFormatRule" -> {
                return reply(kind, objects().updateRule(body));
            }
            case "deleteConditionalFormatRule" -> {
                return reply(kind, objects().deleteRule(body));
            }
            default -> throw GoogleException.invalidArgument("Invalid JSON payload received. Unknown name \"" + kind
                    + "\" at 'requests[" + i + "]': Cannot find field.");
        }
        return empty;
    }

    private SheetObjects objects() {
        return new SheetObjects(book);
    }

    /** A chart is kept on the sheet its (resolved) position names: its own sheet or its anchor's. */
    static int chartSheet(JsonNode position) {
        if (position.has("sheetId")) {
            return position.get("sheetId").asInt();
        }
        return position.path("overlayPosition").path("anchorCell").path("sheetId").asInt(0);
    }

    // The proto field name Google's JSON errors use for a request kind: moveDimension -> move_dimension.
    private static String snakeCase(String kind) {
        return kind.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static ObjectNode reply(String kind, JsonNode value) {
        ObjectNode o = Json.object();
        o.set(kind, value);
        return o;
    }

    SheetProperties addSheet(JsonNode p) {
        String title = p.has("title") ? p.get("title").asText() : freeTitle();
        checkTitleFree(title, -1);
        int sheetId = p.has("sheetId") ? p.get("sheetId").asInt() : freeSheetId();
        if (book.findSheet(sheetId).isPresent()) {
            throw GoogleException.invalidArgument("A sheet with the id " + sheetId + " already exists.");
        }
        JsonNode grid = p.path("gridProperties");
        int index = Math.min(p.path("index").asInt(book.sheets.size()), book.sheets.size());
        SheetProperties props = new SheetProperties(sheetId, title, index, grid.path("rowCount").asInt(1000),
                grid.path("columnCount").asInt(26), grid.path("frozenRowCount").asInt(0),
                grid.path("frozenColumnCount").asInt(0), p.path("hidden").asBoolean(false),
                p.path("rightToLeft").asBoolean(false));
        book.sheets.add(index, new EditSheet(props));
        DimensionRequests.checkCellLimit(book);
        return props;
    }

    private String freeTitle() {
        for (int n = book.sheets.size() + 1; ; n++) {
            String title = "Sheet" + n;
            if (book.sheet(title).isEmpty()) {
                return title;
            }
        }
    }

    private void checkTitleFree(String title, int exceptSheetId) {
        if (title.isBlank()) {
            throw GoogleException.invalidArgument("Sheet names must be non-empty.");
        }
        book.sheet(title).filter(s -> s.sheetId() != exceptSheetId).ifPresent(s -> {
            throw GoogleException.invalidArgument("A sheet with the name \"" + title
                    + "\" already exists. Please enter another name.");
        });
    }

    // Google picks random sheet ids; ours are derived from the spreadsheet id so seeded runs repeat.
    private int freeSheetId() {
        int candidate = Math.abs((book.id + ":" + book.sheets.size()).hashCode() % 2_000_000_000);
        while (candidate == 0 || book.findSheet(candidate).isPresent()) {
            candidate = (candidate * 31 + 7) & 0x7fffffff;
        }
        return candidate;
    }

    private void deleteSheet(int sheetId) {
        EditSheet sheet = book.sheetWithId(sheetId);
        if (book.sheets.size() == 1) {
            throw GoogleException.invalidArgument("You can't remove all the sheets in a document.");
        }
        book.sheets.remove(sheet);
        book.namedRanges.removeIf(n -> n.range().sheetId() == sheetId);
    }

    private void updateSheetProperties(JsonNode p, String fields) {
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be specified.");
        }
        EditSheet sheet = book.sheetWithId(p.path("sheetId").asInt(0));
        SheetProperties old = sheet.properties;
        List<String> paths = FieldMask.parse(fields).paths();
        boolean all = paths.contains("*");
        JsonNode grid = p.path("gridProperties");
        String title = all || paths.contains("title") ? p.path("title").asText(old.title()) : old.title();
        checkTitleFree(title, old.sheetId());
        int rows = pick(all, paths, "gridProperties.rowCount", grid, "rowCount", old.rowCount());
        int columns = pick(all, paths, "gridProperties.columnCount", grid, "columnCount", old.columnCount());
        int frozenRows = pick(all, paths, "gridProperties.frozenRowCount", grid, "frozenRowCount", old.frozenRowCount());
        int frozenColumns = pick(all, paths, "gridProperties.frozenColumnCount", grid, "frozenColumnCount",
                old.frozenColumnCount());
        boolean hidden = all || paths.contains("hidden") ? p.path("hidden").asBoolean(false) : old.hidden();
        boolean rtl = all || paths.contains("rightToLeft") ? p.path("rightToLeft").asBoolean(false) : old.rightToLeft();
        boolean gridlines = all || paths.contains("gridProperties.hideGridlines") || paths.contains("gridProperties")
                ? grid.path("hideGridlines").asBoolean(false) : old.hideGridlines();
        if (hidden && !old.hidden() && book.sheets.stream().filter(s -> s != sheet && !s.properties.hidden()).findAny()
                .isEmpty()) {
            throw GoogleException.invalidArgument("You can't hide all the sheets in a document.");
        }
        sheet.properties = new SheetProperties(old.sheetId(), title, old.index(), rows, columns, frozenRows,
                frozenColumns, hidden, rtl, gridlines);
        DimensionRequests.checkCellLimit(book);
        sheet.rowRuns = DimensionRuns.cut(sheet.rowRuns, rows);
        sheet.columnRuns = DimensionRuns.cut(sheet.columnRuns, columns);
        if (all || paths.contains("index")) {
            book.sheets.remove(sheet);
            book.sheets.add(Math.max(0, Math.min(p.path("index").asInt(0), book.sheets.size())), sheet);
        }
    }

    private static int pick(boolean all, List<String> paths, String path, JsonNode grid, String field, int old) {
        return all || paths.contains(path) || paths.contains("gridProperties") ? grid.path(field).asInt(old) : old;
    }

    private SheetProperties duplicateSheet(JsonNode body) {
        EditSheet source = book.sheetWithId(body.path("sourceSheetId").asInt());
        String title = body.has("newSheetName") ? body.get("newSheetName").asText() : "Copy of " + source.title();
        ObjectNode p = Json.object().put("title", title)
                .put("index", body.path("insertSheetIndex").asInt(book.sheets.indexOf(source) + 1));
        if (body.has("newSheetId")) {
            p.put("sheetId", body.get("newSheetId").asInt());
        }
        p.putObject("gridProperties").put("rowCount", source.rowCount()).put("columnCount", source.columnCount())
                .put("frozenRowCount", source.properties.frozenRowCount())
                .put("frozenColumnCount", source.properties.frozenColumnCount());
        SheetProperties props = addSheet(p);
        EditSheet copy = book.sheetWithId(props.sheetId());
        copy.cells = source.cells;
        copy.rowRuns = source.rowRuns;
        copy.columnRuns = source.columnRuns;
        source.merges.forEach(m -> copy.merges.add(new GridRange(props.sheetId(), m.startRowIndex(), m.endRowIndex(),
                m.startColumnIndex(), m.endColumnIndex())));
        return props;
    }

    /**
     * sheets.copyTo: a copy of another spreadsheet's sheet (cells, formats, sizes, merges) added last, titled
     * "Copy of" its title; when that title is taken, a number follows it (our guess at Google's naming).
     */
    public SheetProperties copyIn(EditSheet source) {
        String base = "Copy of " + source.title();
        String title = base;
        for (int n = 2; book.sheet(title).isPresent(); n++) {
            title = base + " " + n;
        }
        ObjectNode p = Json.object().put("title", title);
        p.putObject("gridProperties").put("rowCount", source.rowCount()).put("columnCount", source.columnCount())
                .put("frozenRowCount", source.properties.frozenRowCount())
                .put("frozenColumnCount", source.properties.frozenColumnCount());
        SheetProperties props = addSheet(p);
        EditSheet copy = book.sheetWithId(props.sheetId());
        copy.cells = source.cells;
        copy.rowRuns = source.rowRuns;
        copy.columnRuns = source.columnRuns;
        source.merges.forEach(m -> copy.merges.add(new GridRange(props.sheetId(), m.startRowIndex(), m.endRowIndex(),
                m.startColumnIndex(), m.endColumnIndex())));
        DimensionRequests.checkCellLimit(book);
        return props;
    }

    private NamedRange addNamedRange(JsonNode n) {
        String name = n.path("name").asText("");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*") || A1Range.parse(name).start() != null || name.length() > 250) {
            throw GoogleException.invalidArgument("The named range name \"" + name + "\" is invalid.");
        }
        if (book.namedRange(name).isPresent()) {
            throw GoogleException.invalidArgument("A named range with the name \"" + name + "\" already exists.");
        }
        GridRange range = SheetJson.readGridRange(n.path("range"));
        book.sheetWithId(range.sheetId());
        String id = n.has("namedRangeId") ? n.get("namedRangeId").asText()
                : Integer.toHexString((book.id + ":nr:" + name).hashCode() & 0x7fffffff);
        NamedRange created = new NamedRange(id, name, range);
        book.namedRanges.add(created);
        return created;
    }

    /** updateNamedRange: name and range as the field mask says ("*" both); the id stays. */
    private void updateNamedRange(JsonNode n, String fields) {
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be specified.");
        }
        String id = n.path("namedRangeId").asText("");
        NamedRange old = book.namedRanges.stream().filter(r -> r.namedRangeId().equals(id)).findFirst()
                .orElseThrow(() -> GoogleException.invalidArgument("No named range with id " + id + "."));
        List<String> paths = FieldMask.parse(fields).paths();
        boolean all = paths.contains("*");
        String name = old.name();
        if (all || paths.contains("name")) {
            name = n.path("name").asText("");
            String newName = name;
            if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*") || A1Range.parse(name).start() != null || name.length() > 250) {
                throw GoogleException.invalidArgument("The named range name \"" + name + "\" is invalid.");
            }
            if (book.namedRanges.stream().anyMatch(r -> r != old && r.name().equalsIgnoreCase(newName))) {
                throw GoogleException.invalidArgument("A named range with the name \"" + name + "\" already exists.");
            }
        }
        GridRange range = old.range();
        if (all || paths.stream().anyMatch(f -> f.equals("range") || f.startsWith("range."))) {
            range = SheetJson.readGridRange(n.path("range"));
            book.sheetWithId(range.sheetId());
        }
        book.namedRanges.set(book.namedRanges.indexOf(old), new NamedRange(id, name, range));
    }

    private void deleteNamedRange(String id) {
        if (!book.namedRanges.removeIf(n -> n.namedRangeId().equals(id))) {
            throw GoogleException.invalidArgument("No named range with id " + id + ".");
        }
    }

    private void updateSpreadsheetProperties(JsonNode body) {
        List<String> paths = FieldMask.parse(body.path("fields").asText("")).paths();
        if ((paths.contains("title") || paths.contains("*")) && body.path("properties").has("title")) {
            book.title = body.path("properties").get("title").asText();
        }
        if ((paths.contains("locale") || paths.contains("*")) && body.path("properties").hasNonNull("locale")) {
            book.locale = body.path("properties").get("locale").asText();
        }
        JsonNode properties = body.path("properties");
        // A mask naming timeZone sets it to what is given: absent is the empty id, which no zone has.
        if (paths.contains("timeZone") || (paths.contains("*") && properties.hasNonNull("timeZone"))) {
            book.timeZone = TimeZones.require(properties.path("timeZone").asText(""));
        }
    }
}
