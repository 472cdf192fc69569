package dev.dtu.twins.google.sheets.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.Tx;
import dev.dtu.twins.google.api.EditorAccess;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.GoogleRoutes;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.DriveFiles;
import dev.dtu.twins.google.drive.model.FileIds;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.twins.google.sheets.model.GridRange;
import dev.dtu.twins.google.sheets.model.RangeParseException;
import dev.dtu.twins.google.sheets.model.SheetRequests;
import dev.dtu.twins.google.sheets.model.Spreadsheet;
import dev.dtu.twins.google.sheets.model.SpreadsheetEditor;
import dev.dtu.twins.google.sheets.model.Spreadsheets;
import dev.dtu.twins.google.sheets.model.TimeZones;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Sheets v4: spreadsheets.create, get and batchUpdate; the values methods live in {@link ValuesApi}. */
public final class SheetsApi {
    private final DriveFiles files;

    private SheetsApi(DriveFiles files) {
        this.files = files;
    }

    public static void register(GoogleRoutes routes, DriveFiles files) {
        SheetsApi s = new SheetsApi(files);
        ValuesApi v = new ValuesApi(s);
        String base = "/v4/spreadsheets";
        String one = base + "/{spreadsheetId}";
        routes.add("POST", base, "sheets.spreadsheets.create", s::create)
                .add("GET", one, "sheets.spreadsheets.get", s::get)
                .add("POST:batchUpdate", one, "sheets.spreadsheets.batchUpdate", s::batchUpdate)
                .add("POST:getByDataFilter", one, "sheets.spreadsheets.getByDataFilter", s::getByDataFilter)
                .add("GET", one + "/developerMetadata/{metadataId}", "sheets.spreadsheets.developerMetadata.get",
                        s::getDeveloperMetadata)
                .add("POST:search", one + "/developerMetadata", "sheets.spreadsheets.developerMetadata.search",
                        s::searchDeveloperMetadata)
                .add("POST:copyTo", one + "/sheets/{sheetId}", "sheets.spreadsheets.sheets.copyTo", s::copyTo)
                .add("GET:batchGet", one + "/values", "sheets.spreadsheets.values.batchGet", v::batchGet)
                .add("POST:batchUpdate", one + "/values", "sheets.spreadsheets.values.batchUpdate", v::batchUpdate)
                .add("POST:batchClear", one + "/values", "sheets.spreadsheets.values.batchClear", v::batchClear)
                .add("POST:batchGetByDataFilter", one + "/values", "sheets.spreadsheets.values.batchGetByDataFilter",
                        v::batchGetByDataFilter)
                .add("POST:batchUpdateByDataFilter", one + "/values",
                        "sheets.spreadsheets.values.batchUpdateByDataFilter", v::batchUpdateByDataFilter)
                .add("POST:batchClearByDataFilter", one + "/values",
                        "sheets.spreadsheets.values.batchClearByDataFilter", v::batchClearByDataFilter)
                .add("GET", one + "/values/{range...}", "sheets.spreadsheets.values.get", v::get)
                .add("PUT", one + "/values/{range...}", "sheets.spreadsheets.values.update", v::update)
                .add("POST:append", one + "/values/{range...}", "sheets.spreadsheets.values.append", v::append)
                .add("POST:clear", one + "/values/{range...}", "sheets.spreadsheets.values.clear", v::clear);
    }

    Response create(GoogleCall c) {
        ObjectNode body = c.body();
        String title = body.path("properties").path("title").asText("Untitled spreadsheet");
        String locale = nonEmpty(body.path("properties").path("locale"), SpreadsheetEditor.DEFAULT_LOCALE);
        String timeZone = TimeZones.require(nonEmpty(body.path("properties").path("timeZone"),
                SpreadsheetEditor.DEFAULT_TIME_ZONE));
        Spreadsheet created = c.write(tx -> {
            String id = FileIds.next(tx);
            files.create(tx, c.caller(), id, title, DriveFile.SPREADSHEET, null, null, null, null, c.now());
            Spreadsheet blank = new Spreadsheet(id, title, locale, timeZone, List.of(), List.of(), List.of());
            SpreadsheetEditor book = SpreadsheetEditor.open(body.path("sheets").isEmpty()
                    ? SpreadsheetEditor.blank(id, title, locale, timeZone) : blank);
            ArrayNode requests = Json.array();
            for (JsonNode sheet : body.path("sheets")) {
                requests.addObject().set("addSheet", Json.object().set("properties", sheet.path("properties")));
            }
            for (JsonNode named : body.path("namedRanges")) {
                requests.addObject().set("addNamedRange", Json.object().set("namedRange", named));
            }
            new SheetRequests(book, clock(c)).apply(requests);
            return tx.put(Spreadsheets.SPREADSHEETS, id, book.freeze(clock(c)));
        });
        return c.json(SpreadsheetJson.of(SpreadsheetEditor.open(created), title, java.util.Map.of(), false), null);
    }

    /**
     * A property's text, or Google's default when it is absent, null or empty (as a new spreadsheet gets):
     * proto3 strings have no presence, so "" is the same as leaving the property out.
     */
    private static String nonEmpty(JsonNode value, String fallback) {
        return value.isTextual() && !value.asText().isEmpty() ? value.asText() : fallback;
    }

    Response get(GoogleCall c) {
        DriveFile file = EditorAccess.require(c.state(), c.param("spreadsheetId"), DriveFile.SPREADSHEET, c.caller(), Role.READER);
        SpreadsheetEditor book = SpreadsheetEditor.open(spreadsheet(c.state(), file.id()));
        List<GridRange> ranges = new ArrayList<>();
        for (String range : c.request().queryParams("ranges")) {
            ranges.add(resolve(book, range));
        }
        String fields = c.query("fields").orElse("");
        boolean withData = c.flag("includeGridData") || fields.contains("data");
        return c.json(SpreadsheetJson.of(book, file.name(), SpreadsheetJson.bySheet(ranges), withData), null);
    }

    /** spreadsheets.developerMetadata.get: 404 for an id no entry has. */
    Response getDeveloperMetadata(GoogleCall c) {
        SpreadsheetEditor book = read(c);
        JsonNode found;
        try {
            found = new dev.dtu.twins.google.sheets.model.DeveloperMetadata(book)
                    .find(Integer.parseInt(c.param("metadataId")));
        } catch (NumberFormatException e) {
            throw GoogleException.invalidArgument("Invalid value at 'metadata_id' (TYPE_INT32), \""
                    + c.param("metadataId") + "\"");
        }
        if (found == null) {
            throw GoogleException.notFound("No developer metadata with ID: " + c.param("metadataId"));
        }
        return c.json(found, null);
    }

    /** spreadsheets.developerMetadata.search: each entry once, with the data filters that matched it. */
    Response searchDeveloperMetadata(GoogleCall c) {
        ObjectNode body = c.body();
        var metadata = new dev.dtu.twins.google.sheets.model.DeveloperMetadata(read(c));
        java.util.Map<Integer, ObjectNode> matched = new java.util.LinkedHashMap<>();
        for (JsonNode filter : body.path("dataFilters")) {
            for (JsonNode e : metadata.matching(filter)) {
                ObjectNode m = matched.computeIfAbsent(e.path("metadataId").asInt(), k -> {
                    ObjectNode o = Json.object();
                    o.set("developerMetadata", e);
                    o.putArray("dataFilters");
                    return o;
                });
                ((ArrayNode) m.get("dataFilters")).add(filter.deepCopy());
            }
        }
        ObjectNode out = Json.object();
        if (!matched.isEmpty()) {
            ArrayNode list = out.putArray("matchedDeveloperMetadata");
            matched.values().forEach(list::add);
        }
        return c.json(out, null);
    }

    /** spreadsheets.getByDataFilter: spreadsheets.get with its ranges given as data filters (A1 or grid ranges). */
    Response getByDataFilter(GoogleCall c) {
        ObjectNode body = c.body();
        DriveFile file = EditorAccess.require(c.state(), c.param("spreadsheetId"), DriveFile.SPREADSHEET, c.caller(), Role.READER);
        SpreadsheetEditor book = SpreadsheetEditor.open(spreadsheet(c.state(), file.id()));
        List<GridRange> ranges = new ArrayList<>();
        for (JsonNode filter : body.path("dataFilters")) {
            ranges.addAll(ValuesApi.filterRanges(book, filter));
        }
        boolean withData = body.path("includeGridData").asBoolean(false) || c.query("fields").orElse("").contains("data");
        return c.json(SpreadsheetJson.of(book, file.name(), SpreadsheetJson.bySheet(ranges), withData), null);
    }

    Response batchUpdate(GoogleCall c) {
        ObjectNode body = c.body();
        ObjectNode out = edit(c, (book, tx) -> {
            ArrayNode replies = new SheetRequests(book, clock(c)).as(c.caller().email()).apply(body.get("requests"));
            ObjectNode r = Json.object().put("spreadsheetId", book.spreadsheetId());
            r.set("replies", replies);
            return r;
        });
        if (body.path("includeSpreadsheetInResponse").asBoolean(false)) {
            Spreadsheet s = spreadsheet(c.twinCall().state(), c.param("spreadsheetId"));
            out.set("updatedSpreadsheet", SpreadsheetJson.of(SpreadsheetEditor.open(s), s.title(), java.util.Map.of(),
                    body.path("responseIncludeGridData").asBoolean(false)));
        }
        return c.json(out, null);
    }

    /** Runs an edit on a working copy; it is stored (recalculated) only if the whole edit succeeds. */
    <R> R edit(GoogleCall c, BiFunction<SpreadsheetEditor, Tx, R> change) {
        return c.write(tx -> {
            DriveFile file = EditorAccess.require(tx.state(), c.param("spreadsheetId"), DriveFile.SPREADSHEET,
                    c.caller(), Role.WRITER);
            SpreadsheetEditor book = SpreadsheetEditor.open(spreadsheet(tx.state(), file.id()));
            String before = book.title();
            R result = change.apply(book, tx);
            Spreadsheet saved = tx.put(Spreadsheets.SPREADSHEETS, file.id(), book.freeze(clock(c)));
            DriveFile renamed = saved.title().equals(before) ? file : file.withName(saved.title());
            tx.put(DriveAccess.FILES, file.id(), renamed.modified(c.now(), c.caller().id()));
            return result;
        });
    }

    /**
     * spreadsheets.sheets.copyTo: reading the source takes read access, the destination write access (a spreadsheet
     * may be its own destination); answers the new sheet's properties.
     */
    Response copyTo(GoogleCall c) {
        ObjectNode body = c.body();
        String destination = body.path("destinationSpreadsheetId").asText("");
        if (destination.isEmpty()) {
            throw GoogleException.invalidArgument("Invalid requests[0].copyTo: destinationSpreadsheetId is required.");
        }
        int sheetId;
        try {
            sheetId = Integer.parseInt(c.param("sheetId"));
        } catch (NumberFormatException e) {
            throw GoogleException.invalidArgument("Invalid value at 'sheet_id' (TYPE_INT32), \"" + c.param("sheetId")
                    + "\"");
        }
        ObjectNode out = c.write(tx -> {
            DriveFile from = EditorAccess.require(tx.state(), c.param("spreadsheetId"), DriveFile.SPREADSHEET,
                    c.caller(), Role.READER);
            var source = SpreadsheetEditor.open(spreadsheet(tx.state(), from.id())).sheetWithId(sheetId);
            DriveFile to = EditorAccess.require(tx.state(), destination, DriveFile.SPREADSHEET, c.caller(), Role.WRITER);
            SpreadsheetEditor book = SpreadsheetEditor.open(spreadsheet(tx.state(), to.id()));
            var props = new SheetRequests(book, clock(c)).copyIn(source);
            tx.put(Spreadsheets.SPREADSHEETS, to.id(), book.freeze(clock(c)));
            tx.put(DriveAccess.FILES, to.id(), to.modified(c.now(), c.caller().id()));
            return dev.dtu.twins.google.sheets.model.SheetJson.properties(props);
        });
        return c.json(out, null);
    }

    SpreadsheetEditor read(GoogleCall c) {
        DriveFile file = EditorAccess.require(c.state(), c.param("spreadsheetId"), DriveFile.SPREADSHEET, c.caller(), Role.READER);
        return SpreadsheetEditor.open(spreadsheet(c.state(), file.id()));
    }

    static Spreadsheet spreadsheet(dev.dtu.server.state.State state, String id) {
        return state.get(Spreadsheets.SPREADSHEETS, id)
                .orElseThrow(() -> GoogleException.notFound("Requested entity was not found."));
    }

    static GridRange resolve(SpreadsheetEditor book, String range) {
        try {
            return book.range(range);
        } catch (RangeParseException e) {
            throw GoogleException.invalidArgument(e.getMessage());
        }
    }

    static Clock clock(GoogleCall c) {
        return c.twinCall().universe().clock();
    }

}
