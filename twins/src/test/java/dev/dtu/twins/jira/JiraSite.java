package dev.dtu.twins.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.Http.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** A real server with the Jira twin, and one universe's site as the app sees it (Basic email:apiToken). */
public final class JiraSite {
    public final String serverUrl;
    public final String universe;
    public final String base;
    public final String email;
    public final String token;
    public final String accountId;
    /** The app's OAuth bearer token (the universe description's {@code oauthToken}). */
    public final String oauthToken;
    private final boolean asApp;

    private JiraSite(String serverUrl, JsonNode universe) {
        this(serverUrl, universe, false);
    }

    private JiraSite(String serverUrl, JsonNode universe, boolean asApp) {
        this.description = universe;
        this.asApp = asApp;
        this.serverUrl = serverUrl;
        this.universe = universe.path("id").asText();
        JsonNode jira = universe.path("twins").path("jira");
        this.base = jira.path("baseUrl").asText();
        this.email = jira.path("email").asText();
        this.token = jira.path("apiToken").asText();
        this.accountId = jira.path("accountId").asText();
        this.oauthToken = jira.path("oauthToken").asText();
    }

    private final JsonNode description;

    /** The same site called as the app, with its OAuth bearer token (app-only routes: dynamic webhooks). */
    public JiraSite app() {
        return new JiraSite(serverUrl, description, true);
    }

    public static DtuServer start() {
        return new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), List.of(new JiraTwin())).start();
    }

    public static JiraSite create(DtuServer server) {
        return create(server, "{\"name\":\"jira-test\"}");
    }

    public static JiraSite create(DtuServer server, String body) {
        Reply r = Http.post(server.url() + "/_dtu/universes", body, "Content-Type", "application/json");
        if (r.status() != 201) {
            throw new IllegalStateException(r.status() + " " + r.body());
        }
        return new JiraSite(server.url(), r.json());
    }

    /** A universe of the default company whose app account is {@code personId}'s, so calls act as that person. */
    public static JiraSite as(DtuServer server, String personId) {
        com.fasterxml.jackson.databind.node.ObjectNode seed = dev.dtu.server.seed.SeedDocument.defaultSeed().copy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) seed.path("jira")).put("appUser", personId);
        com.fasterxml.jackson.databind.node.ObjectNode request = dev.dtu.server.http.Json.object().put("name", "as-" + personId);
        request.set("seed", seed);
        return create(server, request.toString());
    }

    public String auth() {
        if (asApp) {
            return "Bearer " + oauthToken;
        }
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    public Reply get(String path) {
        return Http.get(base + path, "Authorization", auth(), "Accept", "application/json");
    }

    public Reply send(String method, String path, String json) {
        return Http.send(method, base + path, json, "Authorization", auth(), "Content-Type", "application/json");
    }

    public Reply post(String path, String json) {
        return send("POST", path, json);
    }

    public Reply admin(String method, String path, String json) {
        return Http.send(method, serverUrl + "/_dtu/universes/" + universe + "/jira" + path, json, "Content-Type", "application/json");
    }

    /** A one-paragraph ADF document. */
    public static String adf(String text) {
        return "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\""
                + text + "\"}]}]}";
    }
}
