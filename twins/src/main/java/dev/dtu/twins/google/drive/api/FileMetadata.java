package dev.dtu.twins.google.drive.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.google.errors.GoogleException;
import dev.dtu.twins.google.errors.InvalidJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The writable File fields of a create, update or copy body. */
record FileMetadata(String name, String mimeType, List<String> parents, String description, Boolean starred,
                    Boolean trashed, Map<String, String> appProperties, String id, java.time.Instant modifiedTime) {
    /**
     * The longest name, in UTF-8 bytes. Drive's reference gives no figure for {@code name}; 32,767 bytes and the
     * "Invalid Value" answer are the twin's choice, so no request can store or search megabyte names.
     */
    static final int MAX_NAME_BYTES = 32_767;

    static FileMetadata of(JsonNode body) {
        if (!body.isObject()) {
            throw GoogleException.invalidArgument("Invalid JSON payload received. Expected an object.");
        }
        List<String> parents = null;
        if (body.has("parents")) {
            parents = new ArrayList<>();
            for (JsonNode p : body.get("parents")) {
                parents.add(p.asText());
            }
        }
        Map<String, String> props = null;
        if (body.path("appProperties").isObject()) {
            props = new LinkedHashMap<>();
            Map<String, String> into = props;
            body.get("appProperties").fields().forEachRemaining(e -> into.put(e.getKey(), e.getValue().asText()));
        }
        String name = text(body, "name");
        if (name != null && name.length() > MAX_NAME_BYTES / 3
                && name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw GoogleException.invalidParameter("Invalid Value", "name");
        }
        return new FileMetadata(name, text(body, "mimeType"), parents, text(body, "description"),
                bool(body, "starred"), bool(body, "trashed"), props, text(body, "id"), time(body, "modifiedTime"));
    }

    static FileMetadata parse(String json) {
        if (json == null || json.isBlank()) {
            return of(Json.object());
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try {
            return of(Json.parse(bytes));
        } catch (Json.MalformedJsonException e) {
            throw InvalidJson.of(e, bytes);
        }
    }

    static FileMetadata of(ObjectNode body) {
        return of((JsonNode) body);
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** An RFC 3339 date-time (modifiedTime is client-settable on create and update). */
    private static java.time.Instant time(JsonNode body, String field) {
        String text = text(body, field);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw GoogleException.invalidParameter("Invalid value for " + field + ": " + text, field);
        }
    }

    private static Boolean bool(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asBoolean();
    }
}
