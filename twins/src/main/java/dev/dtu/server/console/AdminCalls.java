package dev.dtu.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.QueryStrings;
import dev.dtu.server.http.Request;
import dev.dtu.server.http.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The console's only way to the universes: requests to the admin API ({@code /_dtu/...}), answered in process.
 * What a page shows is what {@code GET /_dtu/universes/{id}/state} or {@code /journal} gives a scenario's judge.
 */
final class AdminCalls {
    /** An admin answer: its status and its JSON body (null when empty). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status < 400;
        }

        /** The admin API's error message ({@code {"error":{"message"}}}), or the vendor envelope's text. */
        String message() {
            if (body == null) {
                return "HTTP " + status;
            }
            JsonNode error = body.path("error");
            if (error.isObject()) {
                return error.path("message").asText(error.toString());
            }
            return error.isTextual() ? error.asText() : body.toString();
        }
    }

    private final Function<Request, Response> admin;
    private final String baseUrl;

    /** @param baseUrl the admin API's base ({@code http://host:port/_dtu}) as the browser reached it */
    AdminCalls(Function<Request, Response> admin, String baseUrl) {
        this.admin = admin;
        this.baseUrl = baseUrl;
    }

    /** A GET that must succeed (a failure becomes the console's error page). */
    JsonNode get(String path, Map<String, String> query) {
        Answer a = call("GET", path, query, null, null);
        if (!a.ok()) {
            throw new ConsoleException(a.status(), a.message());
        }
        return a.body();
    }

    /** A GET whose failure the page shows itself (a filter the admin API refused). */
    Answer tryGet(String path, Map<String, String> query) {
        return call("GET", path, query, null, null);
    }

    JsonNode get(String path) {
        return get(path, Map.of());
    }

    /** A write with a JSON body. */
    Answer send(String method, String path, Object body) {
        return call(method, path, Map.of(), body == null ? null : Json.bytes(body), "application/json");
    }

    /** A write with the text a person typed (JSON or YAML, as the admin API reads either). */
    Answer sendText(String method, String path, String text) {
        return call(method, path, Map.of(), text.getBytes(StandardCharsets.UTF_8), "application/yaml");
    }

    private Answer call(String method, String path, Map<String, String> query, byte[] body, String type) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        query.forEach((k, v) -> params.put(k, List.of(v)));
        Map<String, List<String>> headers = type == null ? Map.of() : Map.of("content-type", List.of(type));
        Response r = admin.apply(new Request(method, path, params, headers, body == null ? new byte[0] : body, baseUrl));
        byte[] raw = r.body();
        JsonNode json = null;
        if (raw.length > 0) {
            try {
                json = Json.parse(raw);
            } catch (Json.MalformedJsonException e) {
                json = Json.MAPPER.getNodeFactory().textNode(new String(raw, StandardCharsets.UTF_8));
            }
        }
        return new Answer(r.status(), json);
    }

    /** A form body ({@code application/x-www-form-urlencoded}) as single values. */
    static Map<String, String> form(Request r) {
        Map<String, String> out = new LinkedHashMap<>();
        QueryStrings.parse(r.bodyText()).forEach((k, v) -> out.put(k, v.isEmpty() ? "" : v.get(0)));
        return out;
    }
}
