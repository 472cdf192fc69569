package dev.dtu.twins.slack.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.twins.slack.errors.SlackError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Web API call's arguments, however they came: query string, form body or JSON body
 * (https://api.slack.com/web#posting_json). Values keep their JSON type when sent as JSON.
 */
public final class Args {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final Map<String, JsonNode> values;
    private final boolean json;
    private final String warning;

    private Args(Map<String, JsonNode> values, boolean json, String warning) {
        this.values = values;
        this.json = json;
        this.warning = warning;
    }

    public static Args parse(Request request) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        request.query().forEach((k, v) -> values.put(k, text(v)));
        String type = request.mediaType();
        boolean json = type.equals("application/json");
        if (json && request.bodyText().isBlank()) {
            // Slack's Python client sends argument-less calls (auth.test) as JSON with no body: no arguments
        } else if (json) {
            JsonNode body;
            try {
                body = Json.parse(request.body());
            } catch (Json.MalformedJsonException e) {
                throw new SlackError("invalid_json");
            }
            if (!body.isObject()) {
                throw new SlackError("invalid_json");
            }
            body.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue()));
        } else if (type.equals("application/x-www-form-urlencoded") || (type.isEmpty() && request.body().length > 0)) {
            QueryStrings.parse(request.bodyText()).forEach((k, v) -> values.put(k, text(v)));
        } else if (type.equals("multipart/form-data")) {
            multipart(request, values);
        }
        for (String name : values.keySet()) {
            if (!isArgName(name)) {
                throw new SlackError("invalid_arg_name");
            }
        }
        boolean charset = request.header("content-type").orElse("").toLowerCase().contains("charset");
        String warning = json && !charset ? "missing_charset" : null;
        return new Args(values, json, warning);
    }

    private static final java.util.regex.Pattern PART_NAME = java.util.regex.Pattern.compile("name=\"([^\"]*)\"");

    /**
     * Multipart bodies (the SDKs send files.remote.add, users.setPhoto and files.upload so): text parts are arguments;
     * a file part is present with its file name as value (its bytes are for the method to read).
     */
    private static void multipart(Request request, Map<String, JsonNode> values) {
        List<dev.dtu.server.http.Multipart.Part> parts;
        try {
            parts = dev.dtu.server.http.Multipart.parse(request.header("content-type").orElse(""), request.body());
        } catch (dev.dtu.server.http.Multipart.MalformedMultipartException e) {
            throw new SlackError("invalid_form_data");
        }
        for (var part : parts) {
            var m = PART_NAME.matcher(part.headers().getOrDefault("content-disposition", ""));
            if (m.find()) {
                String value = part.isFile() ? "(file)" : new String(part.body(), java.nio.charset.StandardCharsets.UTF_8);
                values.put(m.group(1), com.fasterxml.jackson.databind.node.TextNode.valueOf(value));
            }
        }
    }

    /** Slack's argument names: 1–100 of A–Z, a–z, 0–9 and underscore. */
    static boolean isArgName(String name) {
        if (name.isEmpty() || name.length() > 100) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Arguments given as a JSON object (the admin API's act-as-a-person calls). */
    public static Args of(ObjectNode body) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        body.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue()));
        return new Args(values, true, null);
    }

    private static JsonNode text(List<String> values) {
        return JsonNodeFactory.instance.textNode(values.get(values.size() - 1));
    }

    public boolean isJson() {
        return json;
    }

    /** A warning Slack adds to an otherwise fine answer (missing_charset for JSON without a charset). */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    public Map<String, JsonNode> all() {
        return values;
    }

    /** A text argument; numbers and booleans sent as JSON count as their text, empty text as absent. */
    public Optional<String> string(String name) {
        JsonNode v = values.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(e.asText()));
            return Optional.of(String.join(",", parts));
        }
        if (v.isObject()) {
            throw new SlackError.InvalidArguments("expected string, got object [json-pointer:/" + name + "]");
        }
        return Optional.of(v.asText()).filter(s -> !s.isEmpty());
    }

    public String require(String name, String errorWhenMissing) {
        return string(name).orElseThrow(() -> new SlackError(errorWhenMissing));
    }

    public boolean bool(String name, boolean absent) {
        JsonNode v = values.get(name);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            return absent;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return switch (v.asText().toLowerCase()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new SlackError.InvalidArguments("expected boolean, got '" + v.asText()
                    + "' [json-pointer:/" + name + "]");
        };
    }

    public Optional<Long> integer(String name) {
        Optional<String> s = string(name);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(s.get().trim()));
        } catch (NumberFormatException e) {
            throw new SlackError.InvalidArguments("expected integer, got '" + s.get() + "' [json-pointer:/" + name + "]");
        }
    }

    /** Slack's {@code limit}: 100 when absent, capped at 1000. */
    public int limit() {
        long limit = integer("limit").orElse((long) DEFAULT_LIMIT);
        if (limit <= 0) {
            return DEFAULT_LIMIT;
        }
        return (int) Math.min(limit, MAX_LIMIT);
    }

    public Optional<String> cursor() {
        return string("cursor");
    }

    /** A JSON array argument (blocks, attachments): sent as a JSON string in forms, as an array in JSON. */
    public JsonNode array(String name, String errorWhenInvalid) {
        JsonNode parsed = json(name, errorWhenInvalid);
        if (parsed == null) {
            return null;
        }
        if (!parsed.isArray()) {
            throw new SlackError(errorWhenInvalid);
        }
        for (JsonNode element : parsed) {
            if (!element.isObject()) {
                throw new SlackError(errorWhenInvalid);
            }
        }
        return parsed;
    }

    /**
     * Message metadata: an object with a text {@code event_type} and an object {@code event_payload}, sent as a JSON
     * string in forms (https://api.slack.com/metadata/using). Null when absent.
     */
    public JsonNode metadata() {
        JsonNode parsed = json("metadata", "invalid_metadata_format");
        if (parsed == null) {
            return null;
        }
        if (dev.dtu.twins.slack.model.WorkObjects.isEntities(parsed)) {
            dev.dtu.twins.slack.model.WorkObjects.check(parsed);
            return parsed;
        }
        if (!parsed.isObject() || !parsed.path("event_type").isTextual() || !parsed.path("event_payload").isObject()) {
            throw new SlackError("invalid_metadata_format");
        }
        return parsed;
    }

    /** A JSON argument as sent: a JSON value in JSON bodies, a JSON string in forms; null when absent or empty. */
    /** A JSON argument: a value in JSON bodies, its text in forms; null when absent; Slack's error when not JSON. */
    public JsonNode json(String name, String errorWhenInvalid) {
        return json(name, () -> new SlackError(errorWhenInvalid));
    }

    public JsonNode json(String name, java.util.function.Supplier<? extends SlackError> whenInvalid) {
        JsonNode v = values.get(name);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            return null;
        }
        if (!v.isTextual()) {
            return v;
        }
        try {
            return Json.parse(v.asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Json.MalformedJsonException e) {
            throw whenInvalid.get();
        }
    }

    /** The arguments as api.test echoes them: every value as text. */
    public ObjectNode echo() {
        ObjectNode out = Json.object();
        values.forEach((k, v) -> {
            if (!k.equals("token")) {
                out.put(k, v.isValueNode() ? v.asText() : v.toString());
            }
        });
        return out;
    }

    public static ArrayNode strings(List<String> values) {
        ArrayNode out = Json.array();
        values.forEach(out::add);
        return out;
    }
}
