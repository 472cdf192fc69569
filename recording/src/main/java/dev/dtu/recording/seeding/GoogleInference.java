package dev.dtu.recording.seeding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.server.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google: Drive files ({@code /drive/v3/files}, with their owners and folders), spreadsheets
 * ({@code /v4/spreadsheets/{id}} and their {@code values}) and documents ({@code /v1/documents/{id}}). Ids are
 * kept as recorded, so the twin answers the same URLs.
 */
public final class GoogleInference implements SeedInference {
    static final String FOLDER = "application/vnd.google-apps.folder";
    static final String SHEET = "application/vnd.google-apps.spreadsheet";
    static final String DOC = "application/vnd.google-apps.document";
    private static final Pattern SPREADSHEET = Pattern.compile("^/v4/spreadsheets/([^/:]+)$");
    private static final Pattern VALUES = Pattern.compile("^/v4/spreadsheets/([^/:]+)/values/([^/]+?)(?<!:append|:clear)$");
    private static final Pattern DOCUMENT = Pattern.compile("^/v1/documents/([^/:]+)$");
    private static final Pattern FILE = Pattern.compile("^/drive/v3/files/([^/:]+)$");

    private final Map<String, JsonNode> files = new LinkedHashMap<>();
    private final Map<String, ObjectNode> sheets = new LinkedHashMap<>();
    private final Map<String, ObjectNode> docs = new LinkedHashMap<>();
    private final Map<String, String> contents = new HashMap<>();
    private SeedDraft draft;

    @Override
    public Vendor vendor() {
        return Vendor.GOOGLE;
    }

    @Override
    public void infer(List<Exchange> exchanges, SeedDraft seed) {
        this.draft = seed;
        for (Exchange e : exchanges.stream().filter(Exchange::succeeded).toList()) {
            read(e);
        }
        files.keySet().removeIf(id -> draft.createdDuringRecording(vendor(), id));
        sheets.keySet().removeIf(id -> draft.createdDuringRecording(vendor(), id));
        docs.keySet().removeIf(id -> draft.createdDuringRecording(vendor(), id));
        if (files.isEmpty() && sheets.isEmpty() && docs.isEmpty()) {
            return;
        }
        ObjectNode section = draft.section(vendor());
        files.values().stream().filter(f -> f.path("owners").path(0).path("me").asBoolean(false)).findFirst()
                .ifPresent(f -> section.put("app", owner(f)));
        List<String> order = folderOrder();
        ArrayNode folders = Json.array();
        order.forEach(id -> folders.add(item(files.get(id), "name", order)));
        put(section, "folders", folders);
        ArrayNode plain = Json.array();
        files.values().stream().filter(f -> !Set.of(FOLDER, SHEET, DOC).contains(f.path("mimeType").asText()))
                .filter(f -> !sheets.containsKey(f.path("id").asText()) && !docs.containsKey(f.path("id").asText()))
                .forEach(f -> plain.add(plainFile(f, order)));
        put(section, "files", plain);
        put(section, "spreadsheets", merged(SHEET, sheets, order));
        put(section, "documents", merged(DOC, docs, order));
    }

    private void read(Exchange e) {
        String path = e.path();
        JsonNode body = e.json();
        Matcher m;
        if (path.equals("/drive/v3/files")) {
            body.path("files").forEach(f -> files.putIfAbsent(f.path("id").asText(), f));
        } else if ((m = FILE.matcher(path)).matches()) {
            if (e.queryParam("alt").filter("media"::equals).isPresent()) {
                contents.put(m.group(1), new String(e.body().bytes(), StandardCharsets.UTF_8));
            } else if (body.has("id")) {
                files.merge(body.path("id").asText(), body, (a, b) -> b.size() > a.size() ? b : a);
            }
        } else if ((m = SPREADSHEET.matcher(path)).matches() && body.has("spreadsheetId")) {
            spreadsheet(m.group(1), body);
        } else if ((m = VALUES.matcher(path)).matches() && body.has("range")) {
            values(m.group(1), body);
        } else if ((m = DOCUMENT.matcher(path)).matches() && body.has("documentId")) {
            document(m.group(1), body);
        }
    }

    private void spreadsheet(String id, JsonNode body) {
        ObjectNode s = sheets.computeIfAbsent(id, k -> Json.object().put("id", k));
        s.put("title", body.path("properties").path("title").asText("Untitled spreadsheet"));
        ArrayNode tabs = s.withArray("sheets");
        for (JsonNode sheet : body.path("sheets")) {
            JsonNode p = sheet.path("properties");
            ObjectNode tab = tab(s, p.path("title").asText("Sheet1"));
            JsonNode grid = p.path("gridProperties");
            if (grid.path("rowCount").asInt(0) > 0) {
                tab.put("rowCount", grid.path("rowCount").asInt());
            }
            if (grid.path("columnCount").asInt(0) > 0) {
                tab.put("columnCount", grid.path("columnCount").asInt());
            }
            if (grid.path("frozenRowCount").asInt(0) > 0) {
                tab.put("frozenRowCount", grid.path("frozenRowCount").asInt());
            }
        }
        if (tabs.isEmpty()) {
            s.remove("sheets");
        }
    }

    private void values(String id, JsonNode body) {
        A1 range = A1.parse(body.path("range").asText());
        ObjectNode s = sheets.computeIfAbsent(id, k -> Json.object().put("id", k).put("title", "Untitled spreadsheet"));
        ObjectNode tab = tab(s, range.sheet() == null ? "Sheet1" : range.sheet());
        ArrayNode rows = tab.withArray("rows");
        JsonNode values = body.path("values");
        for (int r = 0; r < values.size(); r++) {
            int row = range.row() + r;
            while (rows.size() <= row) {
                rows.addArray();
            }
            ArrayNode cells = (ArrayNode) rows.get(row);
            JsonNode recorded = values.get(r);
            for (int c = 0; c < recorded.size(); c++) {
                int col = range.column() + c;
                while (cells.size() <= col) {
                    cells.addNull();
                }
                cells.set(col, recorded.get(c));
            }
        }
    }

    private static ObjectNode tab(ObjectNode spreadsheet, String title) {
        ArrayNode tabs = spreadsheet.withArray("sheets");
        for (JsonNode t : tabs) {
            if (t.path("title").asText().equals(title)) {
                return (ObjectNode) t;
            }
        }
        return tabs.addObject().put("title", title);
    }

    private void document(String id, JsonNode body) {
        ObjectNode d = docs.computeIfAbsent(id, k -> Json.object().put("id", k));
        d.put("title", body.path("title").asText("Untitled document"));
        ArrayNode content = DocsContent.of(body.path("body").path("content"));
        if (!content.isEmpty()) {
            d.set("content", content);
        }
    }

    private ArrayNode merged(String mimeType, Map<String, ObjectNode> recorded, List<String> folders) {
        ArrayNode out = Json.array();
        Set<String> ids = new LinkedHashSet<>();
        files.values().stream().filter(f -> f.path("mimeType").asText().equals(mimeType)).forEach(f -> ids.add(f.path("id").asText()));
        ids.addAll(recorded.keySet());
        for (String id : ids) {
            ObjectNode item = recorded.containsKey(id) ? recorded.get(id).deepCopy() : Json.object().put("id", id);
            JsonNode file = files.get(id);
            if (file != null) {
                ObjectNode placed = item(file, "title", folders);
                placed.fields().forEachRemaining(f -> item.set(f.getKey(), f.getValue()));
            }
            if (!item.has("title")) {
                item.put("title", "Untitled");
            }
            out.add(item);
        }
        return out;
    }

    private ObjectNode plainFile(JsonNode f, List<String> folders) {
        ObjectNode item = item(f, "name", folders);
        String mimeType = SeedInference.text(f.path("mimeType"));
        if (mimeType != null) {
            item.put("mimeType", mimeType); // a partial response (fields=id,name) does not say: the seed's default applies
        }
        String content = contents.get(f.path("id").asText());
        if (content != null) {
            item.put("content", content);
        }
        return item;
    }

    /** The fields every Drive item shares: id, name or title, owner, description and its folder. */
    private ObjectNode item(JsonNode f, String nameField, List<String> folders) {
        ObjectNode out = Json.object();
        String id = f.path("id").asText();
        if (id.matches("^[A-Za-z0-9_-]{1,128}$")) {
            out.put("id", id);
        }
        out.put(nameField, f.path("name").asText("Untitled"));
        if (f.path("owners").isArray() && !f.path("owners").isEmpty()) {
            out.put("owner", owner(f));
        }
        String description = SeedInference.text(f.path("description"));
        if (description != null) {
            out.put("description", description);
        }
        String parent = f.path("parents").path(0).asText(null);
        if (parent != null && folders.contains(parent)) {
            out.put("folder", parent);
        }
        return out;
    }

    private String owner(JsonNode f) {
        JsonNode o = f.path("owners").path(0);
        return draft.people().person(SeedInference.text(o.path("emailAddress")), SeedInference.text(o.path("displayName"))).id();
    }

    /** Recorded folders with parents before children; a parent that was not recorded means My Drive. */
    private List<String> folderOrder() {
        List<String> order = new java.util.ArrayList<>();
        List<JsonNode> folders = files.values().stream().filter(f -> f.path("mimeType").asText().equals(FOLDER)).toList();
        boolean added = true;
        while (added) {
            added = false;
            for (JsonNode f : folders) {
                String id = f.path("id").asText();
                String parent = f.path("parents").path(0).asText(null);
                boolean parentReady = parent == null || order.contains(parent) || !files.containsKey(parent);
                if (!order.contains(id) && parentReady) {
                    order.add(id);
                    added = true;
                }
            }
        }
        return order;
    }

    private static void put(ObjectNode section, String field, ArrayNode list) {
        if (!list.isEmpty()) {
            section.set(field, list);
        }
    }
}
