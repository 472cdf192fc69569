package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import dev.dtu.server.journal.JournalEntry;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Bolt for Java in Socket Mode (com.slack.api:bolt-socket-mode over Tyrus, as Slack documents it), unchanged:
 * it opens its socket with apps.connections.open, takes message and app_mention events, acks each, and answers
 * through the Web API.
 */
class BoltSocketModeTest {

    @Test
    void aBoltAppInSocketModeGetsMessagesAndMentionsAcksThemAndAnswers() throws Exception {
        SlackFixture slack = SlackFixture.universe();
        assertEquals(200, slack.admin("PUT", "/app", Map.of("socketMode", true)).statusCode());
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.baseUrl());
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(config))
                .singleTeamBotToken(slack.slack.get("botToken").asText())
                .signingSecret(slack.slack.get("signingSecret").asText())
                .build());
        List<String> messages = new CopyOnWriteArrayList<>();
        app.event(MessageEvent.class, (req, ctx) -> {
            messages.add(req.getEvent().getText());
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (req, ctx) -> {
            ctx.say("on it, <@" + req.getEvent().getUser() + ">");
            return ctx.ack();
        });
        SocketModeApp socketMode = new SocketModeApp(slack.slack.get("appToken").asText(), app);
        socketMode.startAsync();
        try {
            await(() -> SlackFixture.json(slack.admin("GET", "/socket", null)).get("connections").size(),
                    n -> n == 1);
            post(slack, "the build is red");
            post(slack, "<@" + slack.botUserId() + "> can you look?");

            await(() -> messages, m -> m.contains("the build is red"));
            String grace = slack.userId("grace");
            JsonNode reply = await(() -> botMessages(slack), l -> !l.isEmpty()).get(0);
            assertEquals("on it, <@" + grace + ">", reply.get("text").asText());

            List<JournalEntry> deliveries = await(() -> socketDeliveries(slack),
                    l -> l.stream().filter(e -> e.status() == 200).count() >= 3);
            assertTrue(deliveries.stream().anyMatch(e -> e.operation().equals("event_callback:app_mention")
                    && e.status() == 200), deliveries.toString());
        } finally {
            socketMode.close();
        }
    }

    private static void post(SlackFixture slack, String text) {
        HttpResponse<String> posted = slack.admin("POST", "/messages",
                Map.of("as", "grace", "channel", "#support", "text", text));
        assertEquals(200, posted.statusCode(), posted.body());
    }

    private static List<JsonNode> botMessages(SlackFixture slack) {
        JsonNode messages = slack.state().get("messages");
        return StreamSupport.stream(messages.spliterator(), false)
                .filter(m -> slack.botUserId().equals(m.path("user").asText())).toList();
    }

    private static List<JournalEntry> socketDeliveries(SlackFixture slack) {
        return SlackFixture.server().universes().journal(slack.universeId, 0).stream()
                .filter(e -> e.type().equals("delivery") && e.method().equals("WS")).toList();
    }
}
