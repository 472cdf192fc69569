package dev.dtu.twins.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.twins.Twins;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * One running server for all Slack tests, and a fresh universe per test class. The official SDK is
 * strict here: unknown response fields fail the call, so every field the twin sends is one Slack sends.
 */
public final class SlackFixture {
    private static DtuServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final String universeId;
    public final JsonNode slack;
    public final Slack sdk;

    private SlackFixture(UniverseInfo info) {
        this.universeId = info.id();
        this.slack = info.twins().get("slack");
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.get("baseUrl").asText());
        config.setFailOnUnknownProperties(true);
        this.sdk = Slack.getInstance(config);
    }

    public static synchronized DtuServer server() {
        if (server == null) {
            server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start();
        }
        return server;
    }

    public static SlackFixture universe() {
        return new SlackFixture(server().universes().create(null, null));
    }

    public static SlackFixture universe(JsonNode seed) {
        return new SlackFixture(server().universes().create(null, seed));
    }

    /**
     * Initech — Peter Gibbons and Milton Waddams, in that order — with this {@code slack:} section of the seed (YAML
     * as it stands under {@code slack:}, without its indentation).
     */
    public static SlackFixture initech(String slackSection) {
        return universe(dev.dtu.server.http.Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people:
                  - {id: peter, name: Peter Gibbons, email: peter@initech.example}
                  - {id: milton, name: Milton Waddams, email: milton@initech.example}
                slack:
                """ + slackSection.indent(2)));
    }

    /** A small company (Milton Waddams, everyone in #general) whose bot token has only these scopes. */
    public static SlackFixture withBotScopes(String... scopes) {
        return universe(dev.dtu.server.http.Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people:
                  - {id: milton, name: Milton Waddams, email: milton@initech.example}
                slack:
                  channels: [{name: general, members: everyone}]
                  tokens:
                    bot: {scopes: [%s]}
                """.formatted(String.join(", ", scopes))));
    }

    public MethodsClient bot() {
        return sdk.methods(slack.get("botToken").asText());
    }

    public MethodsClient user() {
        return sdk.methods(slack.get("userToken").asText());
    }

    public String baseUrl() {
        return slack.get("baseUrl").asText();
    }

    public String botUserId() {
        return slack.get("botUserId").asText();
    }

    /** The universe's Slack state, as judges see it. */
    public JsonNode state() {
        return server().universes().state(universeId).get("slack");
    }

    /** The Slack user id of a seeded person ("ada"). */
    public String userId(String person) {
        var it = state().get("users").fields();
        while (it.hasNext()) {
            var e = it.next();
            if (person.equals(e.getValue().path("person").asText())) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("no person " + person);
    }

    /** The id of a channel by name. */
    public String channelId(String name) {
        var it = state().get("conversations").fields();
        while (it.hasNext()) {
            var e = it.next();
            if (name.equals(e.getValue().path("name").asText())) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("no channel " + name);
    }

    public HttpResponse<String> post(String url, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    public HttpResponse<String> get(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    /** POST to this universe's Slack admin API ({@code /_dtu/universes/{id}/slack/...}). */
    public HttpResponse<String> admin(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create(server().url() + "/_dtu/universes/" + universeId + "/slack" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Json.text(body)))
                .header("Content-Type", "application/json");
        return send(b.build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
