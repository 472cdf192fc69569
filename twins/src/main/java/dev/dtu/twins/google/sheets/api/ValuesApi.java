package dev.dtu.twins.google.sheets.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.twins.google.sheets.model.DateTimeRenderOption;
import dev.dtu.twins.google.sheets.model.EditSheet;
import dev.dtu.twins.google.sheets.model.GridRange;
import dev.dtu.twins.google.sheets.model.SheetJson;
import dev.dtu.twins.google.sheets.model.SpreadsheetEditor;
import dev.dtu.twins.google.sheets.model.ValueAppender;
import dev.dtu.twins.google.sheets.model.ValueInputOption;
import dev.dtu.twins.google.sheets.model.ValueRangeData;
import dev.dtu.twins.google.sheets.model.ValueReader;
import dev.dtu.twins.google.sheets.model.ValueRenderOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** spreadsheets.values: get, update, append, clear and the batch forms. */
final class ValuesApi {
    private final SheetsApi sheets;

    ValuesApi(SheetsApi sheets) {
        this.sheets = sheets;
    }

    Response get(GoogleCall c) {
        SpreadsheetEditor book = sheets.read(c);
        return c.json(valueRange(read(book, c.param("range"), c.query("majorDimension"),
                c.query("valueRenderOption"), c.query("dateTimeRenderOption"))), null);
    }

    Response batchGet(GoogleCall c) {
        SpreadsheetEditor book = sheets.read(c);
        ObjectNode out = Json.object().put("spreadsheetId", book.spreadsheetId());
        ArrayNode ranges = out.putArray("valueRanges");
        for (String range : c.request().queryParams("ranges")) {
            ranges.add(valueRange(read(book, range, c.query("majorDimension"), c.query("valueRenderOption"),
                    c.query("dateTimeRenderOption"))));
        }
        return c.json(out, null);
    }

    Response batchGetByDataFilter(GoogleCall c) {
        ObjectNode body = c.body();
        SpreadsheetEditor book = sheets.read(c);
        ObjectNode out = Json.object().put("spreadsheetId", book.spreadsheetId());
        ArrayNode ranges = out.putArray("valueRanges");
        for (JsonNode filter : body.path("dataFilters")) {
            for (GridRange g : filterRanges(book, filter)) {
                ValueRangeData data = ValueReader.read(book, g, ValueOptions.rowMajor(text(body, "majorDimension"),
                        "major_dimension"), ValueOptions.render(text(body, "valueRenderOption"), "value_render_option"),
                        ValueOptions.dates(text(body, "dateTimeRenderOption"), "date_time_render_option"));
                ObjectNode matched = ranges.addObject();
                matched.set("valueRange", valueRange(data));
                matched.putArray("dataFilters").add(filter);
            }
        }
        return c.json(out, null);
    }

    /**
     * The ranges a data filter selects: its A1 or grid range, or for a developerMetadataLookup the rows, columns or
     * sheets of every entry it finds (the spreadsheet's own entries select no grid).
     */
    static List<GridRange> filterRanges(SpreadsheetEditor book, JsonNode filter) {
        if (filter.has("developerMetadataLookup")) {
            return new dev.dtu.twins.google.sheets.model.DeveloperMetadata(book).matching(filter).stream()
                    .map(dev.dtu.twins.google.sheets.model.DeveloperMetadata::range)
                    .filter(java.util.Objects::nonNull).toList();
        }
        return List.of(filterRange(book, filter));
    }

    static GridRange filterRange(SpreadsheetEditor book, JsonNode filter) {
        if (filter.has("a1Range")) {
            return SheetsApi.resolve(book, filter.get("a1Range").asText());
        }
        if (filter.has("gridRange")) {
            GridRange g = SheetJson.readGridRange(filter.get("gridRange"));
            book.sheetWithId(g.sheetId());
            return g;
        }
        throw GoogleException.invalidArgument("Invalid dataFilter: only a1Range and gridRange filters are supported.");
    }

    Response update(GoogleCall c) {
        ObjectNode body = c.body();
        ValueInputOption option = ValueOptions.input(c.query("valueInputOption"), "value_input_option");
        ObjectNode out = sheets.edit(c, (book, tx) -> write(book, c.param("range"), body, option));
        return c.json(withValues(c, out, c.query("includeValuesInResponse").orElse("false").equals("true")), null);
    }

    Response batchUpdate(GoogleCall c) {
        ObjectNode body = c.body();
        ValueInputOption option = ValueOptions.input(text(body, "valueInputOption"), "value_input_option");
        ObjectNode out = sheets.edit(c, (book, tx) -> totals(book, body.path("data"), data ->
                List.of(write(book, data.path("range").asText(""), data, option))));
        return c.json(withAllValues(c, body, out), null);
    }

    /**
     * values.batchUpdateByDataFilter: each value range is written at every range its data filter matches (values
     * larger than a matched range fail the request, as Sheets' reference says); each write answers with its filter.
     */
    Response batchUpdateByDataFilter(GoogleCall c) {
        ObjectNode body = c.body();
        ValueInputOption option = ValueOptions.input(text(body, "valueInputOption"), "value_input_option");
        ObjectNode out = sheets.edit(c, (book, tx) -> totals(book, body.path("data"), data -> {
            List<ObjectNode> written = new ArrayList<>();
            for (GridRange g : filterRanges(book, data.path("dataFilter"))) {
                ObjectNode one = write(book, g, data, option);
                one.remove("spreadsheetId");
                one.set("dataFilter", data.path("dataFilter").deepCopy());
                written.add(one);
            }
            return written;
        }));
        return c.json(withAllValues(c, body, out), null);
    }

    /** The responses of every write, with Sheets' totals (left out when zero). */
    private static ObjectNode totals(SpreadsheetEditor book, JsonNode data,
                                     java.util.function.Function<JsonNode, List<ObjectNode>> writes) {
        ObjectNode r = Json.object().put("spreadsheetId", book.spreadsheetId());
        ArrayNode responses = Json.array();
        int rows = 0;
        int columns = 0;
        int cells = 0;
        java.util.Set<Integer> sheetIds = new java.util.HashSet<>();
        for (JsonNode one : data) {
            for (ObjectNode written : writes.apply(one)) {
                responses.add(written);
                rows += written.path("updatedRows").asInt();
                columns += written.path("updatedColumns").asInt();
                cells += written.path("updatedCells").asInt();
                if (written.path("updatedCells").asInt() > 0) {
                    sheetIds.add(SheetsApi.resolve(book, written.get("updatedRange").asText()).sheetId());
                }
            }
        }
        putPositive(r, "totalUpdatedRows", rows);
        putPositive(r, "totalUpdatedColumns", columns);
        putPositive(r, "totalUpdatedCells", cells);
        putPositive(r, "totalUpdatedSheets", sheetIds.size());
        r.set("responses", responses);
        return r;
    }

    private ObjectNode withAllValues(GoogleCall c, ObjectNode body, ObjectNode out) {
        if (body.path("includeValuesInResponse").asBoolean(false)) {
            for (JsonNode one : out.path("responses")) {
                withValues(c, (ObjectNode) one, true);
            }
        }
        return out;
    }

    private ObjectNode withValues(GoogleCall c, ObjectNode response, boolean include) {
        if (include && response.has("updatedRange")) {
            SpreadsheetEditor book = sheets.read(c);
            response.set("updatedData", valueRange(read(book, response.get("updatedRange").asText(), Optional.empty(),
                    c.query("responseValueRenderOption"), c.query("responseDateTimeRenderOption"))));
        }
        return response;
    }

    private static ObjectNode write(SpreadsheetEditor book, String range, JsonNode body, ValueInputOption option) {
        GridRange target = SheetsApi.resolve(book, range);
        if (body.hasNonNull("range") && !body.get("range").asText().isEmpty()
                && !SheetsApi.resolve(book, body.get("range").asText()).equals(target)) {
            throw GoogleException.invalidArgument("Requested writing within range [" + range
                    + "], but the request body has range [" + body.get("range").asText() + "].");
        }
        return write(book, target, body, option);
    }

    private static ObjectNode write(SpreadsheetEditor book, GridRange target, JsonNode body, ValueInputOption option) {
        EditSheet sheet = book.sheetWithId(target.sheetId());
        String echo = ValueReader.echo(sheet, target);
        GridRange written = book.write(target, values(body), ValueOptions.rowMajor(text(body, "majorDimension"),
                "data.major_dimension"), option, echo);
        ObjectNode r = Json.object().put("spreadsheetId", book.spreadsheetId());
        if (written == null) {
            r.put("updatedRange", ValueReader.echo(sheet, new GridRange(target.sheetId(), orZero(target.startRowIndex()),
                    orZero(target.startRowIndex()) + 1, orZero(target.startColumnIndex()),
                    orZero(target.startColumnIndex()) + 1)));
            return r;
        }
        return counts(r, sheet, written);
    }

    private static ObjectNode counts(ObjectNode r, EditSheet sheet, GridRange written) {
        r.put("updatedRange", ValueReader.echo(sheet, written)).put("updatedRows", written.rowCount())
                .put("updatedColumns", written.columnCount()).put("updatedCells", written.rowCount() * written.columnCount());
        return r;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    Response append(GoogleCall c) {
        ObjectNode body = c.body();
        ValueInputOption option = ValueOptions.input(c.query("valueInputOption"), "value_input_option");
        String insert = c.query("insertDataOption").orElse("OVERWRITE");
        if (!insert.equals("OVERWRITE") && !insert.equals("INSERT_ROWS")) {
            throw GoogleException.invalidArgument("Invalid value at 'insert_data_option' "
                    + "(type.googleapis.com/google.apps.sheets.v4.InsertDataOption), \"" + insert + "\"");
        }
        ObjectNode out = sheets.edit(c, (book, tx) -> {
            GridRange input = SheetsApi.resolve(book, c.param("range"));
            EditSheet sheet = book.sheetWithId(input.sheetId());
            ValueAppender.Result result = ValueAppender.append(book, input, values(body),
                    ValueOptions.rowMajor(text(body, "majorDimension"), "major_dimension"), option,
                    insert.equals("INSERT_ROWS"));
            ObjectNode r = Json.object().put("spreadsheetId", book.spreadsheetId());
            if (result.table() != null) {
                r.put("tableRange", ValueReader.echo(sheet, result.table()));
            }
            ObjectNode updates = r.putObject("updates").put("spreadsheetId", book.spreadsheetId());
            if (result.updated() != null) {
                counts(updates, sheet, result.updated());
            }
            return r;
        });
        if (c.query("includeValuesInResponse").orElse("false").equals("true")) {
            withValues(c, (ObjectNode) out.get("updates"), true);
        }
        return c.json(out, null);
    }

    Response clear(GoogleCall c) {
        ObjectNode out = sheets.edit(c, (book, tx) -> {
            GridRange g = SheetsApi.resolve(book, c.param("range"));
            book.clear(g);
            return Json.object().put("spreadsheetId", book.spreadsheetId())
                    .put("clearedRange", ValueReader.echo(book.sheetWithId(g.sheetId()), g));
        });
        return c.json(out, null);
    }

    Response batchClear(GoogleCall c) {
        ObjectNode body = c.body();
        ObjectNode out = sheets.edit(c, (book, tx) -> {
            ObjectNode r = Json.object().put("spreadsheetId", book.spreadsheetId());
            ArrayNode cleared = r.putArray("clearedRanges");
            for (JsonNode range : body.path("ranges")) {
                GridRange g = SheetsApi.resolve(book, range.asText());
                book.clear(g);
                cleared.add(ValueReader.echo(book.sheetWithId(g.sheetId()), g));
            }
            return r;
        });
        return c.json(out, null);
    }

    /** values.batchClearByDataFilter: every range any filter matches is cleared and named once per match. */
    Response batchClearByDataFilter(GoogleCall c) {
        ObjectNode body = c.body();
        ObjectNode out = sheets.edit(c, (book, tx) -> {
            ObjectNode r = Json.object().put("spreadsheetId", book.spreadsheetId());
            ArrayNode cleared = r.putArray("clearedRanges");
            for (JsonNode filter : body.path("dataFilters")) {
                for (GridRange g : filterRanges(book, filter)) {
                    book.clear(g);
                    cleared.add(ValueReader.echo(book.sheetWithId(g.sheetId()), g));
                }
            }
            return r;
        });
        return c.json(out, null);
    }

    private static ValueRangeData read(SpreadsheetEditor book, String range, Optional<String> major,
                                       Optional<String> render, Optional<String> dates) {
        GridRange g = SheetsApi.resolve(book, range);
        boolean rowMajor = ValueOptions.rowMajor(major, "major_dimension");
        ValueRenderOption r = ValueOptions.render(render, "value_render_option");
        DateTimeRenderOption d = ValueOptions.dates(dates, "date_time_render_option");
        return ValueReader.read(book, g, rowMajor, r, d);
    }

    static ObjectNode valueRange(ValueRangeData data) {
        ObjectNode o = Json.object().put("range", data.range()).put("majorDimension", data.majorDimension());
        if (!data.values().isEmpty()) {
            o.set("values", Json.tree(data.values()));
        }
        return o;
    }

    private static List<List<JsonNode>> values(JsonNode body) {
        JsonNode values = body.path("values");
        List<List<JsonNode>> out = new ArrayList<>();
        if (values.isMissingNode() || values.isNull()) {
            return out;
        }
        if (!values.isArray()) {
            throw GoogleException.invalidArgument("Invalid JSON payload received. 'values' must be a list of lists.");
        }
        for (JsonNode row : values) {
            if (!row.isArray()) {
                throw GoogleException.invalidArgument("Invalid values: each element of 'values' must be a list.");
            }
            List<JsonNode> line = new ArrayList<>();
            row.forEach(line::add);
            out.add(line);
        }
        return out;
    }

    private static Optional<String> text(JsonNode body, String field) {
        return body.hasNonNull(field) ? Optional.of(body.get(field).asText()) : Optional.empty();
    }

    private static void putPositive(ObjectNode o, String field, int value) {
        if (value > 0) {
            o.put(field, value);
        }
    }
}
