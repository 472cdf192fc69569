package dev.dtu.twins.google.sheets.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.resource.convention.FieldMask;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Developer metadata (developers.google.com/sheets/api/guides/metadata): key/value entries on the spreadsheet, on
 * a sheet or on a span of rows or columns (kept in the sheet's list, moved with its rows by {@link ExtrasMoves}),
 * created, updated and deleted by batchUpdate requests and found by developerMetadataLookup data filters.
 */
public final class DeveloperMetadata {
    static final String FIELD = "developerMetadata";
    private static final Set<String> VISIBILITIES = Set.of("DOCUMENT", "PROJECT");
    private final SpreadsheetEditor book;

    public DeveloperMetadata(SpreadsheetEditor book) {
        this.book = book;
    }

    /** Every entry, the spreadsheet's first, then each sheet's. */
    static List<JsonNode> all(SpreadsheetEditor book) {
        List<JsonNode> out = new ArrayList<>(book.developerMetadata);
        for (EditSheet sheet : book.sheets()) {
            JsonNode list = sheet.extras.get(FIELD);
            if (list != null) {
                list.forEach(out::add);
            }
        }
        return out;
    }

    /** createDeveloperMetadata: key and visibility are required; the id is the request's or a new one. */
    JsonNode create(JsonNode in) {
        ObjectNode entry = Json.object();
        String key = in.path("metadataKey").asText("");
        if (key.isEmpty()) {
            throw GoogleException.invalidArgument("Developer metadata must have a metadataKey.");
        }
        String visibility = in.path("visibility").asText("");
        if (!VISIBILITIES.contains(visibility)) {
            throw GoogleException.invalidArgument("Developer metadata must have a visibility (DOCUMENT or PROJECT).");
        }
        int id = in.hasNonNull("metadataId") ? in.get("metadataId").asInt() : freeId();
        if (find(id) != null) {
            throw GoogleException.invalidArgument("Developer metadata with ID " + id + " already exists.");
        }
        entry.put("metadataId", id).put("metadataKey", key);
        if (in.hasNonNull("metadataValue")) {
            entry.put("metadataValue", in.get("metadataValue").asText());
        }
        entry.set("location", location(in.path("location")));
        entry.put("visibility", visibility);
        place(entry);
        return entry.deepCopy();
    }

    private ObjectNode location(JsonNode in) {
        if (in.path("spreadsheet").asBoolean(false)) {
            return Json.object().put("locationType", "SPREADSHEET").put("spreadsheet", true);
        }
        if (in.has("sheetId")) {
            int sheetId = in.get("sheetId").asInt();
            book.sheetWithId(sheetId);
            return Json.object().put("locationType", "SHEET").put("sheetId", sheetId);
        }
        if (in.has("dimensionRange")) {
            return dimension(in.get("dimensionRange"));
        }
        throw GoogleException.invalidArgument("Developer metadata must have a location.");
    }

    /** A ROW or COLUMN location: a span inside the sheet's grid. */
    private ObjectNode dimension(JsonNode range) {
        String dimension = range.path("dimension").asText("");
        if (!dimension.equals("ROWS") && !dimension.equals("COLUMNS")) {
            throw GoogleException.invalidArgument("Invalid dimensionRange: dimension must be ROWS or COLUMNS.");
        }
        EditSheet sheet = book.sheetWithId(range.path("sheetId").asInt(0));
        int start = range.path("startIndex").asInt(0);
        int end = range.path("endIndex").asInt(-1);
        int size = dimension.equals("ROWS") ? sheet.rowCount() : sheet.columnCount();
        if (start < 0 || end <= start || end > size) {
            throw GoogleException.invalidArgument("Invalid dimensionRange: [" + start + ", " + end + ") is not inside "
                    + "the " + size + " " + dimension.toLowerCase(java.util.Locale.ROOT) + " of the sheet.");
        }
        ObjectNode out = Json.object().put("locationType", dimension.equals("ROWS") ? "ROW" : "COLUMN");
        out.putObject("dimensionRange").put("sheetId", sheet.sheetId()).put("dimension", dimension)
                .put("startIndex", start).put("endIndex", end);
        return out;
    }

    /** The sheet an entry is on (a sheet or row/column location), or null for the spreadsheet's own. */
    static Integer sheetOf(JsonNode entry) {
        JsonNode location = entry.path("location");
        if (location.has("sheetId")) {
            return location.get("sheetId").asInt();
        }
        return location.has("dimensionRange") ? location.path("dimensionRange").path("sheetId").asInt(0) : null;
    }

    private void place(ObjectNode entry) {
        JsonNode location = entry.path("location");
        if (location.path("spreadsheet").asBoolean(false)) {
            book.developerMetadata.add(entry);
        } else {
            EditSheet sheet = book.sheetWithId(sheetOf(entry));
            ArrayNode list = sheet.extras.containsKey(FIELD) ? ((ArrayNode) sheet.extras.get(FIELD)).deepCopy()
                    : Json.array();
            list.add(entry);
            sheet.extras.put(FIELD, list);
        }
    }

    private void remove(int id) {
        book.developerMetadata.removeIf(e -> e.path("metadataId").asInt() == id);
        for (EditSheet sheet : book.sheets()) {
            JsonNode list = sheet.extras.get(FIELD);
            if (list == null) {
                continue;
            }
            ArrayNode kept = Json.array();
            list.forEach(e -> {
                if (e.path("metadataId").asInt() != id) {
                    kept.add(e.deepCopy());
                }
            });
            if (kept.isEmpty()) {
                sheet.extras.remove(FIELD);
            } else {
                sheet.extras.put(FIELD, kept);
            }
        }
    }

    public JsonNode find(int id) {
        return all(book).stream().filter(e -> e.path("metadataId").asInt() == id).findFirst().orElse(null);
    }

    /** The entries a data filter selects: only developerMetadataLookup filters select metadata. */
    public List<JsonNode> matching(JsonNode filter) {
        JsonNode lookup = filter.path("developerMetadataLookup");
        if (lookup.isMissingNode()) {
            throw GoogleException.invalidArgument("Only developerMetadataLookup data filters select developer "
                    + "metadata in the twin.");
        }
        return all(book).stream().filter(e -> matches(e, lookup)).map(e -> (JsonNode) e.deepCopy()).toList();
    }

    private static boolean matches(JsonNode e, JsonNode lookup) {
        if (lookup.has("metadataId") && e.path("metadataId").asInt() != lookup.get("metadataId").asInt()) {
            return false;
        }
        for (String field : List.of("metadataKey", "metadataValue", "visibility")) {
            if (lookup.hasNonNull(field) && !lookup.get(field).asText().equals(e.path(field).asText(null))) {
                return false;
            }
        }
        if (lookup.hasNonNull("locationType")
                && !lookup.get("locationType").asText().equals(e.path("location").path("locationType").asText())) {
            return false;
        }
        JsonNode at = lookup.path("metadataLocation");
        if (at.path("spreadsheet").asBoolean(false) && !e.path("location").path("spreadsheet").asBoolean(false)) {
            return false;
        }
        if (at.has("dimensionRange")) {
            return located(e.path("location").path("dimensionRange"), at.get("dimensionRange"),
                    lookup.path("locationMatchingStrategy").asText("EXACT_LOCATION").equals("INTERSECTING_LOCATION"));
        }
        return !at.has("sheetId") || at.get("sheetId").asInt() == e.path("location").path("sheetId").asInt(-1);
    }

    /** An entry's rows or columns against a lookup's: the same span, or with INTERSECTING_LOCATION any overlap. */
    private static boolean located(JsonNode mine, JsonNode wanted, boolean intersecting) {
        if (mine.isMissingNode() || mine.path("sheetId").asInt(0) != wanted.path("sheetId").asInt(0)
                || !mine.path("dimension").asText().equals(wanted.path("dimension").asText())) {
            return false;
        }
        int a = mine.path("startIndex").asInt(0);
        int b = mine.path("endIndex").asInt();
        int c = wanted.path("startIndex").asInt(0);
        int d = wanted.path("endIndex").asInt(Integer.MAX_VALUE);
        return intersecting ? a < d && c < b : a == c && b == d;
    }

    /**
     * The grid a metadata entry stands for, as data filters read it: its rows or columns across the sheet, its
     * sheet, or (the spreadsheet's own) none.
     */
    public static GridRange range(JsonNode entry) {
        JsonNode location = entry.path("location");
        JsonNode span = location.path("dimensionRange");
        if (!span.isMissingNode()) {
            int sheetId = span.path("sheetId").asInt(0);
            int start = span.path("startIndex").asInt(0);
            int end = span.path("endIndex").asInt();
            return span.path("dimension").asText().equals("ROWS") ? new GridRange(sheetId, start, end, null, null)
                    : new GridRange(sheetId, null, null, start, end);
        }
        return location.has("sheetId") ? GridRange.wholeSheet(location.get("sheetId").asInt()) : null;
    }

    /** The entries on one sheet's row (or column) {@code index}, for DimensionProperties.developerMetadata. */
    public static List<JsonNode> on(EditSheet sheet, boolean rows, int index) {
        JsonNode list = sheet.extras.get(FIELD);
        List<JsonNode> out = new ArrayList<>();
        if (list != null) {
            list.forEach(e -> {
                JsonNode span = e.path("location").path("dimensionRange");
                if (span.path("dimension").asText().equals(rows ? "ROWS" : "COLUMNS")
                        && span.path("startIndex").asInt(0) <= index && index < span.path("endIndex").asInt()) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    /** A sheet's own entries (Sheet.developerMetadata), without those on its rows and columns. */
    public static List<JsonNode> ofSheet(EditSheet sheet) {
        JsonNode list = sheet.extras.get(FIELD);
        List<JsonNode> out = new ArrayList<>();
        if (list != null) {
            list.forEach(e -> {
                if (e.path("location").has("sheetId")) {
                    out.add(e);
                }
            });
        }
        return out;
    }

    /** updateDeveloperMetadata: every entry the filters select takes the masked fields; answers them. */
    JsonNode update(JsonNode body) {
        String fields = body.path("fields").asText("");
        if (fields.isBlank()) {
            throw GoogleException.invalidArgument("At least one field must be specified in 'fields'.");
        }
        List<String> paths = FieldMask.parse(fields).paths();
        JsonNode in = body.path("developerMetadata");
        List<JsonNode> selected = new ArrayList<>();
        for (JsonNode filter : body.path("dataFilters")) {
            matching(filter).forEach(e -> {
                if (selected.stream().noneMatch(x -> x.path("metadataId").asInt() == e.path("metadataId").asInt())) {
                    selected.add(e);
                }
            });
        }
        ArrayNode updated = Json.array();
        for (JsonNode old : selected) {
            ObjectNode e = (ObjectNode) old.deepCopy();
            for (String path : paths.contains("*") ? List.of("metadataKey", "metadataValue", "visibility", "location")
                    : paths) {
                switch (path) {
                    case "metadataKey", "metadataValue" -> {
                        if (in.hasNonNull(path)) {
                            e.put(path, in.get(path).asText());
                        } else {
                            e.remove(path);
                        }
                    }
                    case "visibility" -> {
                        if (!VISIBILITIES.contains(in.path("visibility").asText(""))) {
                            throw GoogleException.invalidArgument("Invalid visibility: " + in.path("visibility").asText());
                        }
                        e.put("visibility", in.get("visibility").asText());
                    }
                    case "location" -> e.set("location", location(in.path("location")));
                    default -> throw GoogleException.invalidArgument("Invalid field mask: " + path);
                }
            }
            remove(e.path("metadataId").asInt());
            place(e);
            updated.add(e.deepCopy());
        }
        return Json.object().set("developerMetadata", updated);
    }

    /** deleteDeveloperMetadata: removes what the filter selects; answers the removed entries. */
    JsonNode delete(JsonNode body) {
        List<JsonNode> removed = matching(body.path("dataFilter"));
        removed.forEach(e -> remove(e.path("metadataId").asInt()));
        ArrayNode out = Json.array();
        removed.forEach(out::add);
        return Json.object().set("deletedDeveloperMetadata", out);
    }

    // Google picks random ids; ours are derived from the spreadsheet id so seeded runs repeat.
    private int freeId() {
        int id = Math.abs((book.spreadsheetId() + ":dm").hashCode() % 2_000_000_000) + 1;
        while (find(id) != null) {
            id++;
        }
        return id;
    }
}
