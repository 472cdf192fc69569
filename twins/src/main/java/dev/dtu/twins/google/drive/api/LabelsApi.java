package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.server.state.State;
import dev.dtu.twins.google.api.GoogleCall;
import dev.dtu.twins.google.api.PageTokens;
import dev.dtu.twins.google.auth.GoogleAuth;
import dev.dtu.twins.google.drive.model.DriveAccess;
import dev.dtu.twins.google.drive.model.DriveFile;
import dev.dtu.twins.google.drive.model.FileLabels;
import dev.dtu.twins.google.drive.model.Role;
import dev.dtu.twins.google.errors.GoogleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * files.modifyLabels and files.listLabels (developers.google.com/drive/api/guides/set-label): a writer applies,
 * changes and removes labels and their field values; a reader lists them, and files.get shows those named by
 * {@code includeLabels} in {@code labelInfo}.
 */
public final class LabelsApi {
    private static final Map<String, String> SETTERS = Map.of("setTextValues", "text", "setIntegerValues", "integer",
            "setDateValues", "dateString", "setSelectionValues", "selection", "setUserValues", "user");

    public Response modify(GoogleCall c) {
        ObjectNode body = c.body();
        JsonNode modifications = body.path("labelModifications");
        if (!modifications.isArray() || modifications.isEmpty()) {
            throw GoogleException.invalidArgument("labelModifications is required.");
        }
        ArrayNode modified = c.write(tx -> {
            DriveFile f = DriveAccess.requireRole(tx.state(), c.param("fileId"), c.caller(), Role.WRITER);
            Map<String, JsonNode> labels = new LinkedHashMap<>(tx.get(FileLabels.LABELS, f.id())
                    .map(FileLabels::labels).orElse(Map.of()));
            ArrayNode out = Json.array();
            for (JsonNode m : modifications) {
                String labelId = m.path("labelId").asText("");
                if (labelId.isEmpty()) {
                    throw GoogleException.invalidParameter("labelModifications.labelId is required.", "labelId");
                }
                if (m.path("removeLabel").asBoolean(false)) {
                    labels.remove(labelId);
                    continue;
                }
                ObjectNode label = labels.containsKey(labelId) ? (ObjectNode) labels.get(labelId).deepCopy()
                        : Json.object().put("kind", "drive#label").put("id", labelId);
                ObjectNode fields = label.with("fields");
                for (JsonNode fm : m.path("fieldModifications")) {
                    modifyField(tx.state(), fields, fm);
                }
                labels.put(labelId, label);
                out.add(label.deepCopy());
            }
            if (labels.isEmpty()) {
                tx.remove(FileLabels.LABELS, f.id());
            } else {
                tx.put(FileLabels.LABELS, f.id(), new FileLabels(f.id(), labels));
            }
            return out;
        });
        ObjectNode out = Json.object().put("kind", "drive#modifyLabelsResponse");
        out.set("modifiedLabels", modified);
        return c.json(out, null);
    }

    private static void modifyField(State state, ObjectNode fields, JsonNode fm) {
        String fieldId = fm.path("fieldId").asText("");
        if (fieldId.isEmpty()) {
            throw GoogleException.invalidParameter("fieldModifications.fieldId is required.", "fieldId");
        }
        if (fm.path("unsetValues").asBoolean(false)) {
            fields.remove(fieldId);
            return;
        }
        List<String> set = SETTERS.keySet().stream().filter(fm::has).toList();
        if (set.size() != 1) {
            throw GoogleException.invalidArgument("A field modification sets exactly one kind of value or unsets them.");
        }
        String valueType = SETTERS.get(set.get(0));
        ObjectNode field = Json.object().put("kind", "drive#labelField").put("id", fieldId).put("valueType", valueType);
        ArrayNode values = field.putArray(valueType);
        for (JsonNode v : fm.get(set.get(0))) {
            switch (valueType) {
                case "integer" -> values.add(integer(v));
                case "dateString" -> values.add(date(v.asText()));
                case "user" -> values.add(user(state, v.asText()));
                default -> values.add(v.asText());
            }
        }
        fields.set(fieldId, field);
    }

    private static String integer(JsonNode v) {
        try {
            return Long.toString(Long.parseLong(v.asText()));
        } catch (NumberFormatException e) {
            throw GoogleException.invalidArgument("Invalid integer value: " + v.asText());
        }
    }

    private static String date(String text) {
        try {
            return java.time.LocalDate.parse(text).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw GoogleException.invalidArgument("Invalid date value: " + text + " (expected YYYY-MM-DD).");
        }
    }

    private static ObjectNode user(State state, String email) {
        ObjectNode u = Json.object().put("kind", "drive#user").put("emailAddress", email);
        GoogleAuth.byEmail(state, email).ifPresent(a -> u.put("displayName", a.displayName())
                .put("permissionId", a.permissionId()));
        return u;
    }

    public Response list(GoogleCall c) {
        DriveFile f = DriveAccess.readable(c.state(), c.param("fileId"), c.caller());
        int max = c.intQuery("maxResults").orElse(100);
        if (max < 1 || max > 100) {
            throw GoogleException.invalidParameter("Invalid value '" + max + "'. Values must be within the range: "
                    + "[1, 100]", "maxResults");
        }
        List<JsonNode> all = new ArrayList<>(labels(c.state(), f.id()).values());
        String key = "labels:" + f.id();
        int offset = c.query("pageToken").map(t -> PageTokens.offset(t, key)).orElse(0);
        int end = Math.min(all.size(), offset + max);
        ObjectNode out = Json.object().put("kind", "drive#labelList");
        ArrayNode list = out.putArray("labels");
        all.subList(Math.min(offset, all.size()), end).forEach(l -> list.add(l.deepCopy()));
        if (end < all.size()) {
            out.put("nextPageToken", PageTokens.next(end, key));
        }
        return c.json(out, null);
    }

    static Map<String, JsonNode> labels(State state, String fileId) {
        return state.get(FileLabels.LABELS, fileId).map(FileLabels::labels).orElse(Map.of());
    }

    /** File.labelInfo: the applied labels among the ids {@code includeLabels} names (comma-separated). */
    static ObjectNode labelInfo(State state, String fileId, String includeLabels) {
        Map<String, JsonNode> applied = labels(state, fileId);
        ObjectNode info = Json.object();
        ArrayNode list = info.putArray("labels");
        for (String id : includeLabels.split(",")) {
            JsonNode l = applied.get(id.trim());
            if (l != null) {
                list.add(l.deepCopy());
            }
        }
        return info;
    }
}
