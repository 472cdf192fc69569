package dev.dtu.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

/** A tiny Slack app for the browser test: answers url_verification, and echoes each person's message with the bot token. */
final class EchoApp implements AutoCloseable {
    private final HttpServer server;

    EchoApp(Universe u) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slack/events", exchange -> {
            JsonNode body = Json.parse(exchange.getRequestBody().readAllBytes());
            byte[] answer = body.path("type").asText().equals("url_verification")
                    ? Json.bytes(java.util.Map.of("challenge", body.path("challenge").asText())) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
            JsonNode event = body.path("event");
            if (event.path("type").asText().equals("message") && !event.has("bot_id") && !event.has("subtype")) {
                Thread.ofVirtual().start(() -> u.slack("chat.postMessage", Json.text(java.util.Map.of(
                        "channel", event.path("channel").asText(), "text", "echo: " + event.path("text").asText()))));
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/slack/events";
        Http.Reply r = Http.send("PUT", u.server() + "/_dtu/universes/" + u.id() + "/slack/app",
                "{\"eventRequestUrl\":\"" + url + "\"}", "Content-Type", "application/json");
        if (r.status() != 200) {
            throw new IllegalStateException(r.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
