package dev.dtu.server.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.dtu.server.http.Json;
import dev.dtu.server.testing.Http;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;

/**
 * A tiny Slack app for the console tests: answers url_verification, echoes each person's message with the bot token,
 * opens a "New ticket" modal for a shortcut, and answers a submission with an error so the modal stays open.
 */
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
        server.createContext("/slack/interactive", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            JsonNode payload = Json.parse(java.net.URLDecoder.decode(form.substring(form.indexOf('=') + 1),
                    java.nio.charset.StandardCharsets.UTF_8).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] answer = new byte[0];
            if (payload.path("type").asText().equals("shortcut")) {
                u.slack("views.open", "{\"trigger_id\":\"" + payload.path("trigger_id").asText() + "\",\"view\":" + MODAL + "}");
            } else if (payload.path("type").asText().equals("view_submission")) {
                answer = "{\"response_action\":\"errors\",\"errors\":{\"summary\":\"Please say more\"}}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Http.Reply r = Http.send("PUT", u.server() + "/_dtu/universes/" + u.id() + "/slack/app",
                "{\"eventRequestUrl\":\"" + base + "/slack/events\",\"interactivityUrl\":\"" + base + "/slack/interactive\"}",
                "Content-Type", "application/json");
        if (r.status() != 200) {
            throw new IllegalStateException(r.body());
        }
    }

    static final String MODAL = "{\"type\":\"modal\",\"callback_id\":\"ticket\",\"title\":{\"type\":\"plain_text\","
            + "\"text\":\"New ticket\"},\"submit\":{\"type\":\"plain_text\",\"text\":\"File it\"},\"close\":{\"type\":"
            + "\"plain_text\",\"text\":\"Cancel\"},\"blocks\":[{\"type\":\"input\",\"block_id\":\"summary\",\"label\":"
            + "{\"type\":\"plain_text\",\"text\":\"Summary\"},\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"text\"}}]}";

    @Override
    public void close() {
        server.stop(0);
    }
}
