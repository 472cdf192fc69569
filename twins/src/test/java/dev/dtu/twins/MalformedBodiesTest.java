package dev.dtu.twins;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.google.GoogleTwin;
import dev.dtu.twins.okta.OktaTwin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Google and Okta route that takes a body, sent JSON that does not parse: each answers a 4xx in its
 * vendor's envelope, never a 5xx and never the JSON library's internals (issue 15 item 9).
 */
class MalformedBodiesTest {
    static final List<String> BODIES = List.of("{\"a\": [1, }", "{\"a\":" + "[".repeat(3_000), "\u0000", "{\"a\":1 \"b\":2}");
    static DtuServer server;
    static JsonNode universe;

    @BeforeAll
    static void start() {
        server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start();
        universe = Http.post(server.url() + "/_dtu/universes", "{\"name\":\"malformed\"}").json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "x1");
    }

    @Test
    void googleRoutesAnswerMalformedJsonInGooglesWords() {
        String token = universe.path("twins").path("google").path("accessToken").asText();
        List<String> bad = new ArrayList<>();
        for (String entry : new GoogleTwin().routeTable()) {
            String method = entry.substring(0, entry.indexOf(' '));
            String path = entry.substring(entry.indexOf(' ') + 1);
            int colon = method.indexOf(':');
            if (colon > 0) {
                path = path + method.substring(colon);
                method = method.substring(0, colon);
            }
            if (method.equals("GET") || method.equals("DELETE") || path.startsWith("/upload/")) {
                continue;
            }
            for (String body : BODIES) {
                Http.Reply r = Http.send(method, server.url() + concrete(path.replace("{range...}", "A1")), body,
                        "Authorization", "Bearer " + token, "Content-Type", "application/json");
                boolean ok = r.status() >= 400 && r.status() < 500 && r.body().startsWith("{\"error\":{")
                        && !r.body().contains("`") && !r.body().contains("StreamRead");
                if (!ok) {
                    bad.add(method + " " + path + " → " + r.status() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void oktaRoutesAnswerMalformedJsonWithE0000003OrTheirOwnError() {
        String token = universe.path("twins").path("okta").path("apiToken").asText();
        String org = universe.path("twins").path("okta").path("orgUrl").asText();
        List<String> bad = new ArrayList<>();
        for (String entry : new OktaTwin().routes().table()) {
            String method = entry.substring(0, entry.indexOf(' '));
            String path = entry.substring(entry.indexOf(' ') + 1);
            if (method.equals("GET") || method.equals("DELETE")) {
                continue;
            }
            for (String body : BODIES) {
                Http.Reply r = Http.send(method, org + concrete(path), body, "Authorization", "SSWS " + token,
                        "Content-Type", "application/json", "Accept", "application/json");
                // userinfo answers a token it does not take in WWW-Authenticate, with no body (OIDC Core 5.3.3)
                boolean challenged = r.status() == 401 && r.header("www-authenticate") != null && r.body().isEmpty();
                boolean ok = r.status() >= 400 && r.status() < 500 && !r.body().contains("`")
                        && !r.body().contains("StreamRead") && (challenged || r.body().contains("\"errorCode\"")
                        || r.body().contains("\"error\""));
                if (!ok) {
                    bad.add(method + " " + path + " → " + r.status() + " " + r.body().substring(0, Math.min(200, r.body().length())));
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void jiraAnswersMalformedJsonWithItsParsersMessage() {
        JsonNode jira = universe.path("twins").path("jira");
        String basic = java.util.Base64.getEncoder().encodeToString((jira.path("email").asText() + ":"
                + jira.path("apiToken").asText()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Http.Reply r = Http.post(jira.path("baseUrl").asText() + "/rest/api/3/issue", "{\"fields\": }",
                "Authorization", "Basic " + basic, "Content-Type", "application/json");
        assertTrue(r.status() == 400, r.body());
        String message = r.json().path("errorMessages").path(0).asText();
        assertTrue(message.startsWith("Unexpected character ('}' (code 125))"), message);
        Http.Reply deep = Http.post(jira.path("baseUrl").asText() + "/rest/api/3/issue", "[".repeat(3_000),
                "Authorization", "Basic " + basic, "Content-Type", "application/json");
        assertTrue(deep.status() == 400 && !deep.body().contains("`"), deep.body());
    }

    @Test
    void slackAnswersMalformedJsonWithInvalidJson() {
        JsonNode slack = universe.path("twins").path("slack");
        Http.Reply r = Http.post(slack.path("baseUrl").asText() + "chat.postMessage", "{\"channel\": ",
                "Authorization", "Bearer " + slack.path("botToken").asText(), "Content-Type", "application/json");
        assertTrue(r.body().equals("{\"ok\":false,\"error\":\"invalid_json\"}") || r.json().path("error").asText().equals("invalid_json"), r.body());
    }
}
