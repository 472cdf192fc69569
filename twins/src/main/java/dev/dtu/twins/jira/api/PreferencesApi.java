package dev.dtu.twins.jira.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dtu.server.http.Json;
import dev.dtu.server.http.Response;
import dev.dtu.twins.jira.model.JiraException;
import dev.dtu.twins.jira.model.JiraKinds;
import java.nio.charset.StandardCharsets;

/**
 * The caller's preferences (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/): a value
 * per key, set, read and removed by the caller only, and their locale.
 */
final class PreferencesApi {
    private static final int MAX_VALUE = 255;

    private PreferencesApi() {}

    static void routes(Routes r) {
        r.get("/rest/api/3/mypreferences", PreferencesApi::get)
                .put("/rest/api/3/mypreferences", PreferencesApi::set)
                .delete("/rest/api/3/mypreferences", PreferencesApi::remove)
                .get("/rest/api/3/mypreferences/locale", PreferencesApi::locale);
    }

    static Response get(ApiCall c) {
        String key = key(c);
        String value = c.dir().state().get(JiraKinds.PREFERENCES, id(c, key))
                .orElseThrow(() -> JiraException.message(404, "There is no preference with the key '" + key + "'."));
        return Response.json(200, new TextNode(value));
    }

    /** The body is the value: a JSON string, or the text itself. */
    static Response set(ApiCall c) {
        String key = key(c);
        String raw = new String(c.call().request().body(), StandardCharsets.UTF_8);
        String value = raw;
        try {
            JsonNode parsed = Json.parse(c.call().request().body());
            if (parsed.isValueNode()) {
                value = parsed.asText();
            }
        } catch (RuntimeException e) {
            value = raw.strip();
        }
        if (value.isEmpty() || value.length() > MAX_VALUE) {
            // Guessed wording: Atlassian documents the 400 without its message.
            throw JiraException.message(400, "The preference value must be between 1 and " + MAX_VALUE + " characters.");
        }
        String stored = value;
        c.write(site -> {
            site.setPreference(id(c, key), stored);
            return null;
        });
        return Response.empty(204);
    }

    static Response remove(ApiCall c) {
        String key = key(c);
        if (c.dir().state().get(JiraKinds.PREFERENCES, id(c, key)).isEmpty()) {
            throw JiraException.message(404, "There is no preference with the key '" + key + "'.");
        }
        c.write(site -> {
            site.setPreference(id(c, key), null);
            return null;
        });
        return Response.empty(204);
    }

    static Response locale(ApiCall c) {
        return Response.json(200, Json.object().put("locale", "en_US"));
    }

    private static String key(ApiCall c) {
        return c.query("key").filter(k -> !k.isBlank())
                .orElseThrow(() -> JiraException.message(400, "The query parameter 'key' is required."));
    }

    private static String id(ApiCall c, String key) {
        return c.actor().accountId() + "/" + key;
    }
}
