package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.convention.FieldMask;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.List;
import java.util.Optional;

/**
 * Sheet objects Sheets stores and returns as written, each in its sheet's list in spreadsheets.get: filter views,
 * banded ranges and charts (by id), and conditional format rules (by position, as Google keeps them). A chart
 * draws nothing; the simple conditional rules show in cells' effectiveFormat ({@link ConditionalFormats}).
 */
final class SheetObjects {
    /** One id-keyed kind: the sheet's list field and the object's id field. */
    record Family(String field, String idField) {}

    static final Family FILTER_VIEWS = new Family("filterViews", "filterViewId");
    static final Family BANDED_RANGES = new Family("bandedRanges", "bandedRangeId");
    static final Family CHARTS = new Family("charts", "chartId");
    static final String CONDITIONAL_FORMATS = "conditionalFormats";
    static final List<String> FIELDS = List.of("filterViews", "bandedRanges", "charts", "conditionalFormats");

    private final SpreadsheetEditor book;

    SheetObjects(SpreadsheetEditor book) {
        this.book = book;
    }

    /** Adds the object to the sheet its range (or chart position) names; an id is made when none is given. */
    ObjectNode add(Family family, JsonNode in, int sheetId) {
        EditSheet sheet = book.sheetWithId(sheetId);
        ObjectNode stored = in.deepCopy();
        int id = in.hasNonNull(family.idField()) ? in.get(family.idField()).asInt() : freeId(family);
        if (find(family, id).isPresent()) {
            throw GoogleException.invalidArgument("An object with the id " + id + " already exists.");
        }
        stored.put(family.idField(), id);
        List<JsonNode> items = SheetExtras.list(sheet.extras.get(family.field()));
        items.add(stored);
        sheet.extras.put(family.field(), SheetExtras.array(items));
        return stored.deepCopy();
    }

    /** The fields the mask names are replaced from {@code in} ("*" all of them); the id stays. */
    ObjectNode update(Family family, JsonNode in, String fields) {
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be specified in 'fields'.");
        }
        int id = in.path(family.idField()).asInt(Integer.MIN_VALUE);
        EditSheet sheet = find(family, id).orElseThrow(() -> missing(family, in.path(family.idField()).asText()));
        List<JsonNode> items = SheetExtras.list(sheet.extras.get(family.field()));
        ObjectNode updated = null;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).path(family.idField()).asInt() == id) {
                ObjectNode o = (ObjectNode) items.get(i);
                List<String> paths = FieldMask.parse(fields).paths();
                if (paths.contains("*")) {
                    o.removeAll();
                    o.setAll((ObjectNode) in.deepCopy());
                } else {
                    for (String path : paths) {
                        String top = path.split("\\.")[0];
                        if (in.has(top)) {
                            o.set(top, in.get(top).deepCopy());
                        } else {
                            o.remove(top);
                        }
                    }
                }
                o.put(family.idField(), id);
                updated = o;
            }
        }
        sheet.extras.put(family.field(), SheetExtras.array(items));
        return updated.deepCopy();
    }

    void delete(Family family, JsonNode id) {
        EditSheet sheet = find(family, id.asInt(Integer.MIN_VALUE)).orElseThrow(() -> missing(family, id.asText()));
        List<JsonNode> items = SheetExtras.list(sheet.extras.get(family.field()));
        items.removeIf(o -> o.path(family.idField()).asInt() == id.asInt());
        put(sheet, family.field(), items);
    }

    /** duplicateFilterView: a copy with a new id, titled "Copy of" the original's title. */
    ObjectNode duplicate(Family family, JsonNode id) {
        EditSheet sheet = find(family, id.asInt(Integer.MIN_VALUE)).orElseThrow(() -> missing(family, id.asText()));
        ObjectNode copy = SheetExtras.list(sheet.extras.get(family.field())).stream()
                .filter(o -> o.path(family.idField()).asInt() == id.asInt()).findFirst().map(o -> (ObjectNode) o)
                .orElseThrow();
        copy.remove(family.idField());
        if (copy.has("title")) {
            copy.put("title", "Copy of " + copy.get("title").asText());
        }
        return add(family, copy, sheet.sheetId());
    }

    /** updateEmbeddedObjectPosition: the chart gets its new position, on another sheet if the position says so. */
    ObjectNode moveChart(JsonNode id, JsonNode newPosition, String fields, java.util.function.Supplier<Integer> newSheet) {
        EditSheet sheet = find(CHARTS, id.asInt(Integer.MIN_VALUE)).orElseThrow(() -> missing(CHARTS, id.asText()));
        List<JsonNode> items = SheetExtras.list(sheet.extras.get(CHARTS.field()));
        ObjectNode chart = (ObjectNode) items.stream().filter(o -> o.path(CHARTS.idField()).asInt() == id.asInt())
                .findFirst().orElseThrow();
        ObjectNode position = new ChartPositions(book).update(chart.path("position"), newPosition, fields, newSheet);
        chart.set("position", position);
        int to = SheetRequests.chartSheet(position);
        if (to == sheet.sheetId()) {
            put(sheet, CHARTS.field(), items);
        } else {
            items.remove(chart);
            put(sheet, CHARTS.field(), items);
            EditSheet target = book.sheetWithId(to);
            List<JsonNode> there = SheetExtras.list(target.extras.get(CHARTS.field()));
            there.add(chart);
            put(target, CHARTS.field(), there);
        }
        return position.deepCopy();
    }

    /** addConditionalFormatRule: inserted at {@code index} (0 by default) of the first range's sheet. */
    void addRule(JsonNode body) {
        JsonNode rule = body.path("rule");
        if (!rule.path("ranges").isArray() || rule.path("ranges").isEmpty()) {
            throw GoogleException.invalidArgument("A conditional format rule must have at least one range.");
        }
        if (!rule.has("booleanRule") && !rule.has("gradientRule")) {
            throw GoogleException.invalidArgument("A conditional format rule must have a booleanRule or a gradientRule.");
        }
        EditSheet sheet = book.sheetWithId(rule.path("ranges").get(0).path("sheetId").asInt(0));
        List<JsonNode> rules = SheetExtras.list(sheet.extras.get(CONDITIONAL_FORMATS));
        int index = body.path("index").asInt(0);
        if (index < 0 || index > rules.size()) {
            throw GoogleException.invalidArgument("Invalid index " + index + ": the sheet has " + rules.size()
                    + " conditional format rules.");
        }
        rules.add(index, rule.deepCopy());
        put(sheet, CONDITIONAL_FORMATS, rules);
    }

    /** updateConditionalFormatRule: replaces the rule at {@code index}, or moves it to {@code newIndex}. */
    ObjectNode updateRule(JsonNode body) {
        EditSheet sheet = book.sheetWithId(body.path("sheetId").asInt(0));
        List<JsonNode> rules = SheetExtras.list(sheet.extras.get(CONDITIONAL_FORMATS));
        int index = ruleIndex(body, rules);
        JsonNode old = rules.get(index);
        ObjectNode reply = Json.object();
        reply.set("oldRule", old.deepCopy());
        reply.put("oldIndex", index);
        if (body.has("newIndex")) {
            int to = body.get("newIndex").asInt();
            if (to < 0 || to >= rules.size()) {
                throw GoogleException.invalidArgument("Invalid newIndex " + to + ".");
            }
            rules.remove(index);
            rules.add(to, old);
            reply.set("newRule", old.deepCopy());
            reply.put("newIndex", to);
        } else {
            if (!body.has("rule")) {
                throw GoogleException.invalidArgument("Either rule or newIndex must be set.");
            }
            rules.set(index, body.get("rule").deepCopy());
            reply.set("newRule", body.get("rule").deepCopy());
            reply.put("newIndex", index);
        }
        put(sheet, CONDITIONAL_FORMATS, rules);
        return reply;
    }

    ObjectNode deleteRule(JsonNode body) {
        EditSheet sheet = book.sheetWithId(body.path("sheetId").asInt(0));
        List<JsonNode> rules = SheetExtras.list(sheet.extras.get(CONDITIONAL_FORMATS));
        JsonNode removed = rules.remove(ruleIndex(body, rules));
        put(sheet, CONDITIONAL_FORMATS, rules);
        ObjectNode reply = Json.object();
        reply.set("rule", removed);
        return reply;
    }

    private static int ruleIndex(JsonNode body, List<JsonNode> rules) {
        int index = body.path("index").asInt(-1);
        if (index < 0 || index >= rules.size()) {
            throw GoogleException.invalidArgument("No conditional format rule at index " + body.path("index").asText()
                    + ".");
        }
        return index;
    }

    private Optional<EditSheet> find(Family family, int id) {
        return book.sheets().stream().filter(s -> SheetExtras.list(s.extras.get(family.field())).stream()
                .anyMatch(o -> o.path(family.idField()).asInt() == id)).findFirst();
    }

    // Google picks random ids; ours are derived from the spreadsheet id so seeded runs repeat.
    private int freeId(Family family) {
        int id = Math.abs((book.spreadsheetId() + ":" + family.field()).hashCode() % 2_000_000_000) + 1;
        while (find(family, id).isPresent()) {
            id++;
        }
        return id;
    }

    private static GoogleException missing(Family family, String id) {
        return GoogleException.invalidArgument("No " + family.idField().replace("Id", "") + " with id: " + id);
    }

    private static void put(EditSheet sheet, String field, List<JsonNode> items) {
        if (items.isEmpty()) {
            sheet.extras.remove(field);
        } else {
            sheet.extras.put(field, SheetExtras.array(items));
        }
    }

}
