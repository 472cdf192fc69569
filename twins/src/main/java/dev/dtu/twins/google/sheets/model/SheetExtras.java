package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The sheet objects the twin stores as written and returns in spreadsheets.get: protected ranges
 * (add/delete), the basic filter (set/clear) and row and column groups (add/delete). Their ranges are kept as
 * given; they do not yet follow inserted or deleted rows and columns.
 */
final class SheetExtras {
    private final SpreadsheetEditor book;
    private final String caller;

    SheetExtras(SpreadsheetEditor book, String caller) {
        this.book = book;
        this.caller = caller;
    }

    /** addProtectedRange: Google numbers it and makes the requesting user an editor unless warningOnly. */
    JsonNode addProtectedRange(JsonNode body) {
        JsonNode in = body.path("protectedRange");
        if (!in.has("range") && !in.has("namedRangeId")) {
            throw GoogleException.invalidArgument("Either range or namedRangeId must be set.");
        }
        ObjectNode p = withoutNulls(in);
        GridRange range = in.has("range") ? bounded(in.path("range"))
                : book.namedRanges().stream().filter(n -> n.namedRangeId().equals(in.path("namedRangeId").asText()))
                .findFirst().orElseThrow(() -> GoogleException.invalidArgument("No named range with id "
                        + in.path("namedRangeId").asText() + ".")).range();
        EditSheet sheet = book.sheetWithId(range.sheetId());
        int id = in.has("protectedRangeId") ? in.get("protectedRangeId").asInt() : nextProtectedId();
        if (allProtected().stream().anyMatch(r -> r.path("protectedRangeId").asInt() == id)) {
            throw GoogleException.invalidArgument("A protected range with ID " + id + " already exists.");
        }
        p.put("protectedRangeId", id);
        if (in.has("range")) {
            p.set("range", SheetJson.gridRange(range));
        }
        boolean warningOnly = in.path("warningOnly").asBoolean(false);
        if (warningOnly && in.path("editors").isObject() && in.path("editors").size() > 0 && hasEditors(in.path("editors"))) {
            throw GoogleException.invalidArgument("Editors cannot be set on a warning-only protected range.");
        }
        if (!warningOnly) {
            ObjectNode editors = p.putObject("editors");
            ArrayNode users = editors.putArray("users");
            users.add(caller);
            in.path("editors").path("users").forEach(u -> {
                if (!u.asText().equalsIgnoreCase(caller)) {
                    users.add(u.asText());
                }
            });
            if (in.path("editors").path("groups").size() > 0) {
                editors.set("groups", in.path("editors").path("groups").deepCopy());
            }
        } else {
            p.remove("editors");
        }
        p.put("requestingUserCanEdit", true);
        sheet.extras.put("protectedRanges", appended(sheet.extras.get("protectedRanges"), p));
        return Json.object().set("protectedRange", p.deepCopy());
    }

    private static boolean hasEditors(JsonNode editors) {
        return editors.path("users").size() > 0 || editors.path("groups").size() > 0
                || editors.path("domainUsersCanEdit").asBoolean(false);
    }

    void deleteProtectedRange(JsonNode body) {
        int id = body.path("protectedRangeId").asInt(Integer.MIN_VALUE);
        for (EditSheet sheet : book.sheets()) {
            JsonNode list = sheet.extras.get("protectedRanges");
            if (list != null && removeFrom(sheet, "protectedRanges", r -> r.path("protectedRangeId").asInt() == id)) {
                return;
            }
        }
        throw GoogleException.invalidArgument("No protected range with id: " + body.path("protectedRangeId").asText());
    }

    /** setBasicFilter: replaces the sheet's filter; its range is bounded by the grid, as Google answers it. */
    void setBasicFilter(JsonNode body) {
        JsonNode filter = body.path("filter");
        if (!filter.has("range")) {
            throw GoogleException.invalidArgument("Invalid requests.setBasicFilter: range is required.");
        }
        GridRange range = bounded(filter.path("range"));
        EditSheet sheet = book.sheetWithId(range.sheetId());
        ObjectNode stored = withoutNulls(filter);
        ObjectNode r = SheetJson.gridRange(range);
        stored.set("range", r);
        sheet.extras.put("basicFilter", stored);
    }

    void clearBasicFilter(JsonNode body) {
        book.sheetWithId(body.path("sheetId").asInt(0)).extras.remove("basicFilter");
    }

    /** addDimensionGroup: depth is one more than the groups that already hold the range. */
    JsonNode addDimensionGroup(JsonNode body) {
        DimensionRange d = dimensionRange(body.path("range"));
        EditSheet sheet = book.sheetWithId(d.sheetId);
        String field = d.rows ? "rowGroups" : "columnGroups";
        List<JsonNode> groups = list(sheet.extras.get(field));
        if (groups.stream().anyMatch(g -> d.sameAs(g.path("range")))) {
            throw GoogleException.invalidArgument("Cannot add a group that already exists.");
        }
        long depth = 1 + groups.stream().filter(g -> d.inside(g.path("range"))).count();
        ObjectNode group = Json.object();
        group.set("range", d.json());
        group.put("depth", depth);
        groups.add(group);
        groups.sort(java.util.Comparator.comparingInt((JsonNode g) -> g.path("depth").asInt())
                .thenComparingInt(g -> g.path("range").path("startIndex").asInt()));
        sheet.extras.put(field, array(groups));
        return Json.object().set("dimensionGroups", array(groups));
    }

    JsonNode deleteDimensionGroup(JsonNode body) {
        DimensionRange d = dimensionRange(body.path("range"));
        EditSheet sheet = book.sheetWithId(d.sheetId);
        String field = d.rows ? "rowGroups" : "columnGroups";
        if (!removeFrom(sheet, field, g -> d.sameAs(g.path("range")))) {
            throw GoogleException.invalidArgument("No dimension group found in the range.");
        }
        JsonNode left = sheet.extras.get(field);
        return Json.object().set("dimensionGroups", left == null ? Json.array() : left.deepCopy());
    }

    private record DimensionRange(int sheetId, boolean rows, int start, int end) {
        ObjectNode json() {
            ObjectNode o = Json.object();
            if (sheetId != 0) {
                o.put("sheetId", sheetId);
            }
            return o.put("dimension", rows ? "ROWS" : "COLUMNS").put("startIndex", start).put("endIndex", end);
        }

        boolean sameAs(JsonNode r) {
            return r.path("startIndex").asInt() == start && r.path("endIndex").asInt() == end;
        }

        boolean inside(JsonNode r) {
            return r.path("startIndex").asInt() <= start && end <= r.path("endIndex").asInt();
        }
    }

    private DimensionRange dimensionRange(JsonNode r) {
        String dimension = r.path("dimension").asText("");
        if (!dimension.equals("ROWS") && !dimension.equals("COLUMNS")) {
            throw GoogleException.invalidArgument("Invalid dimension: " + (dimension.isEmpty() ? "unspecified" : dimension));
        }
        EditSheet sheet = book.sheetWithId(r.path("sheetId").asInt(0));
        boolean rows = dimension.equals("ROWS");
        int limit = rows ? sheet.rowCount() : sheet.columnCount();
        int start = r.path("startIndex").asInt(0);
        int end = r.has("endIndex") ? r.get("endIndex").asInt() : limit;
        if (start < 0 || end > limit || start >= end) {
            throw GoogleException.invalidArgument("Invalid dimension range: [" + start + ", " + end + ")");
        }
        return new DimensionRange(sheet.sheetId(), rows, start, end);
    }

    private GridRange bounded(JsonNode range) {
        GridRange g = SheetJson.readGridRange(range);
        EditSheet sheet = book.sheetWithId(g.sheetId());
        return g.clampTo(sheet.rowCount(), sheet.columnCount());
    }

    private int nextProtectedId() {
        int id = Math.abs((book.spreadsheetId() + ":pr:" + allProtected().size()).hashCode() % 2_000_000_000);
        while (true) {
            int candidate = id;
            if (allProtected().stream().noneMatch(r -> r.path("protectedRangeId").asInt() == candidate)) {
                return id;
            }
            id++;
        }
    }

    private List<JsonNode> allProtected() {
        List<JsonNode> out = new ArrayList<>();
        book.sheets().forEach(s -> out.addAll(list(s.extras.get("protectedRanges"))));
        return out;
    }

    private static boolean removeFrom(EditSheet sheet, String field, java.util.function.Predicate<JsonNode> drop) {
        List<JsonNode> items = list(sheet.extras.get(field));
        boolean removed = items.removeIf(drop);
        if (items.isEmpty()) {
            sheet.extras.remove(field);
        } else {
            sheet.extras.put(field, array(items));
        }
        return removed;
    }

    /** Copies of an array's items (none for null), to edit and put back with {@link #array}. */
    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.deepCopy()));
        }
        return out;
    }

    static ArrayNode array(List<JsonNode> items) {
        ArrayNode a = Json.array();
        items.forEach(n -> a.add(n.deepCopy()));
        return a;
    }

    private static JsonNode appended(JsonNode array, JsonNode item) {
        List<JsonNode> items = list(array);
        items.add(item);
        return array(items);
    }

    /** Python clients send None as null; Google reads a null field as unset. */
    private static ObjectNode withoutNulls(JsonNode in) {
        ObjectNode out = Json.object();
        Iterator<String> names = in.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!in.get(name).isNull()) {
                out.set(name, in.get(name).deepCopy());
            }
        }
        return out;
    }
}
