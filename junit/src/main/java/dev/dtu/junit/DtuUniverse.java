package dev.dtu.junit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One universe: where each twin is and the credentials to call it, and the admin operations a test drives it
 * with (faults, settings, state, journal, snapshots, acting as a person).
 */
public final class DtuUniverse {
    private final AdminClient admin;
    private final JsonNode description;

    DtuUniverse(AdminClient admin, JsonNode description) {
        this.admin = admin;
        this.description = description;
    }

    public String id() {
        return description.path("id").asText();
    }

    public String name() {
        return description.path("name").asText();
    }

    /** The universe's whole description, as {@code GET /_dtu/universes/{id}} gives it. */
    public JsonNode description() {
        return description;
    }

    /** Where the Slack twin is: {@code baseUrl} ends in {@code /api/} (SlackConfig's methods endpoint prefix). */
    public record Slack(String baseUrl, String botToken, String userToken, String appToken, String signingSecret,
                        String teamId, String botUserId) {
    }

    /** Where the Okta twin is: the org URL and an SSWS API token, the default authorization server's issuer. */
    public record Okta(String orgUrl, String apiToken, String issuer, String clientId, String clientSecret) {
    }

    /** Where the Jira twin is: the site's base URL and basic-auth credentials (email, API token). */
    public record Jira(String baseUrl, String email, String apiToken, String accountId) {
    }

    /** Where the Google twins are: the clients' root URL and a bearer token. */
    public record Google(String rootUrl, String accessToken) {
    }

    public Slack slack() {
        JsonNode t = twin("slack");
        return new Slack(text(t, "baseUrl"), text(t, "botToken"), text(t, "userToken"), text(t, "appToken"),
                text(t, "signingSecret"), text(t, "teamId"), text(t, "botUserId"));
    }

    public Okta okta() {
        JsonNode t = twin("okta");
        return new Okta(text(t, "orgUrl"), text(t, "apiToken"), text(t, "issuer"), text(t, "clientId"), text(t, "clientSecret"));
    }

    public Jira jira() {
        JsonNode t = twin("jira");
        return new Jira(text(t, "baseUrl"), text(t, "email"), text(t, "apiToken"), text(t, "accountId"));
    }

    public Google google() {
        JsonNode t = twin("google");
        return new Google(text(t, "rootUrl"), text(t, "accessToken"));
    }

    /** One twin's part of the description (every field it has, including ones the records above leave out). */
    public JsonNode twin(String name) {
        JsonNode twin = description.path("twins").path(name);
        if (twin.isMissingNode()) {
            throw new IllegalArgumentException("universe " + id() + " has no twin '" + name + "'; it has " + description.path("twins").properties().stream().map(Map.Entry::getKey).toList());
        }
        return twin;
    }

    /** Every twin's state, keyed by twin, then entity kind, then id (what scenario checks read). */
    public JsonNode state() {
        return admin.get(path("/state"));
    }

    /** The journal's entries (requests and deliveries, in order), filtered like {@code GET .../journal?twin=…}. */
    public JsonNode journal(Map<String, String> filters) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("");
        filters.forEach((k, v) -> query.add(encode(k) + "=" + encode(v)));
        return admin.get(path("/journal") + query).path("entries");
    }

    public JsonNode journal() {
        return journal(Map.of());
    }

    /** Replace the fault rules: a JSON document ({@code {"rules":[…]}} or an array of rules) or an object. */
    public JsonNode faults(Object rules) {
        return admin.put(path("/faults"), rules);
    }

    public void clearFaults() {
        admin.delete(path("/faults"));
    }

    /** Change some settings (a JSON document or an object); the others keep their value. */
    public JsonNode settings(Object settings) {
        return admin.put(path("/settings"), settings);
    }

    public JsonNode settings() {
        return admin.get(path("/settings"));
    }

    /** Capture the state; the id {@link #restore} takes. */
    public String snapshot() {
        return admin.post(path("/snapshots"), null).path("snapshot").asText();
    }

    public void restore(String snapshot) {
        ObjectNode body = AdminClient.JSON.createObjectNode().put("snapshot", snapshot);
        admin.post(path("/restore"), body);
    }

    /** Back to the seeded state; journal and faults cleared. */
    public void reset() {
        admin.post(path("/reset"), null);
    }

    /** A new universe with a copy of this one's state (new id, new credentials). */
    public DtuUniverse fork(String name) {
        ObjectNode body = AdminClient.JSON.createObjectNode().put("name", name);
        return new DtuUniverse(admin, admin.post(path("/fork"), body));
    }

    /**
     * Act as a person in a twin: {@code METHOD /_dtu/universes/{id}/{twin}/{path}} (e.g. a Slack user posting
     * in a channel, an Okta user approving a consent). See each twin's admin routes in {@code dtu-admin.yaml}.
     */
    public JsonNode act(String twin, String method, String path, Object body) {
        String rel = path.startsWith("/") ? path : "/" + path;
        return admin.send(method, path("/" + twin + rel), body);
    }

    public void delete() {
        admin.delete(path(""));
    }

    private String path(String rest) {
        return "/_dtu/universes/" + encode(id()) + rest;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String text(JsonNode twin, String field) {
        JsonNode value = twin.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
