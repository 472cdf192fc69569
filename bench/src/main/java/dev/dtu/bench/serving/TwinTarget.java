package dev.dtu.bench.serving;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.UniverseRegistry;
import dev.dtu.twins.Twins;

/**
 * The full Slack twin: the universe server with every twin, the default universe, auth, routing, faults,
 * journal and metrics on the path exactly as {@code ./dtu serve} runs them.
 */
public final class TwinTarget implements ServingTarget {
    private final DtuServer server;
    private final SlackMix mix;
    private final String base;
    private final String snapshot;

    public TwinTarget() {
        server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start();
        base = baseUrl(server);
        mix = slackOf(server);
        String token = mix.token();
        for (int i = 0; i < SlackMix.HISTORY_LIMIT; i++) {
            Setup.postForm(base + "chat.postMessage", token, "channel=" + mix.channel() + "&text=" + SlackMix.TEXT);
        }
        snapshot = server.universes().snapshot(UniverseRegistry.DEFAULT);
    }

    DtuServer server() {
        return server;
    }

    /** The default universe's bot token and a channel the bot is in. */
    public static SlackMix slackOf(DtuServer server) {
        String token = server.universes().get(UniverseRegistry.DEFAULT).twins().get("slack").get("botToken").asText();
        return new SlackMix(memberChannel(baseUrl(server), token), token);
    }

    private static String baseUrl(DtuServer server) {
        return server.universes().get(UniverseRegistry.DEFAULT).twins().get("slack").get("baseUrl").asText();
    }

    private static String memberChannel(String base, String token) {
        JsonNode list = Json.parse(Setup.postForm(base + "conversations.list", token, "limit=200")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (JsonNode c : list.path("channels")) {
            if (c.path("is_member").asBoolean() && !c.path("is_archived").asBoolean()) {
                return c.get("id").asText();
            }
        }
        throw new IllegalStateException("the default seed has no channel with the bot in it: " + list);
    }

    /** What the twin answers to each request of the mix: the stubs WireMock serves. */
    public String sample(String method) {
        String form = method.equals("chat.postMessage")
                ? "channel=" + mix.channel() + "&text=" + SlackMix.TEXT
                : "channel=" + mix.channel() + "&limit=" + SlackMix.HISTORY_LIMIT;
        return Setup.postForm(base + method, mix.token(), form);
    }

    @Override
    public SlackMix slackMix() {
        return mix;
    }

    @Override
    public String name() {
        return "DTU Slack twin";
    }

    @Override
    public String description() {
        return "full server: universe routing, auth, faults, rate-limit check, journal, metrics";
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public String apiPrefix() {
        return "/u/" + UniverseRegistry.DEFAULT + "/slack/api/";
    }

    @Override
    public void reset() {
        server.universes().restore(UniverseRegistry.DEFAULT, snapshot);
        server.universes().require(UniverseRegistry.DEFAULT).journal().clear();
    }

    @Override
    public void close() {
        server.close();
    }
}
