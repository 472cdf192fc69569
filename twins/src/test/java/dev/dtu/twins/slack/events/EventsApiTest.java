package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.universe.Settings;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Events API against a real HTTP receiver that checks Slack's signatures. */
class EventsApiTest {
    static SlackFixture slack;
    static AppReceiver app;

    @BeforeAll
    static void setUp() throws Exception {
        slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        app = new AppReceiver(slack.slack.get("signingSecret").asText());
        HttpResponse<String> configured = slack.admin("PUT", "/app", Map.of("eventRequestUrl", app.url("/events"),
                "interactivityUrl", app.url("/interactive"), "slashCommands", Map.of("/deploy", app.url("/commands"))));
        assertEquals(200, configured.statusCode(), configured.body());
    }

    @AfterAll
    static void tearDown() {
        app.close();
    }

    @Test
    void urlVerificationComesFirstAndABadEchoIsRefused() {
        AppReceiver.Received first = app.received.get(0);
        assertEquals("url_verification", first.json().path("type").asText());
        assertTrue(first.signatureValid());

        app.echoChallenge = false;
        try {
            HttpResponse<String> refused = slack.admin("PUT", "/app", Map.of("eventRequestUrl", app.url("/events?v2")));
            assertEquals(400, refused.statusCode());
            assertEquals("url_verification_failed", SlackFixture.json(refused).get("error").asText());
        } finally {
            app.echoChallenge = true;
        }
    }

    @Test
    void aPersonsMessageArrivesSignedAsMessageAndAppMention() throws Exception {
        String text = "can someone help? <@" + slack.botUserId() + ">";
        HttpResponse<String> posted = slack.admin("POST", "/messages",
                Map.of("as", "grace", "channel", "#support", "text", text));
        assertEquals(200, posted.statusCode(), posted.body());
        String ts = SlackFixture.json(posted).get("ts").asText();

        var mention = await(() -> app.events(e -> e.path("type").asText().equals("app_mention")
                && e.path("ts").asText().equals(ts)), l -> !l.isEmpty()).get(0);
        var message = await(() -> app.events(e -> e.path("type").asText().equals("message")
                && e.path("ts").asText().equals(ts)), l -> !l.isEmpty()).get(0);
        for (var r : List.of(mention, message)) {
            assertTrue(r.signatureValid(), "v0 signature over the raw body");
            JsonNode envelope = r.json();
            assertEquals(slack.slack.get("teamId").asText(), envelope.get("team_id").asText());
            assertTrue(envelope.get("event_id").asText().startsWith("Ev"));
            assertEquals(slack.botUserId(), envelope.at("/authorizations/0/user_id").asText());
            assertEquals(slack.userId("grace"), envelope.at("/event/user").asText());
            assertEquals(slack.channelId("support"), envelope.at("/event/channel").asText());
        }
        assertEquals("channel", message.json().at("/event/channel_type").asText());
        assertEquals(text, mention.json().at("/event/text").asText());

        // the envelope's event_context names who the event was for, through apps.event.authorizations.list
        String context = message.json().get("event_context").asText();
        var authorizations = slack.sdk.methods(slack.slack.get("appToken").asText())
                .appsEventAuthorizationsList(r -> r.eventContext(context));
        assertTrue(authorizations.isOk(), authorizations.getError());
        assertEquals(slack.botUserId(), authorizations.getAuthorizations().get(0).getUserId());
        assertEquals(slack.slack.get("teamId").asText(), authorizations.getAuthorizations().get(0).getTeamId());
    }

    @Test
    void aFailedDeliveryIsRetriedWithRetryHeaders() {
        app.failEvents.set(1);
        HttpResponse<String> reacted = slack.admin("POST", "/reactions", Map.of("as", "alan",
                "channel", slack.channelId("engineering"), "timestamp", latestTs("engineering"), "name", "eyes"));
        assertEquals(200, reacted.statusCode(), reacted.body());

        var attempts = await(() -> app.events(e -> e.path("type").asText().equals("reaction_added")),
                l -> l.size() >= 2);
        assertNull(attempts.get(0).retryNum());
        assertEquals("1", attempts.get(1).retryNum());
        assertEquals("http_error", attempts.get(1).retryReason());
        assertEquals(attempts.get(0).json().get("event_id"), attempts.get(1).json().get("event_id"));
        assertTrue(attempts.get(1).signatureValid(), "each retry is signed with its own timestamp");

        var journal = await(() -> SlackFixture.server().universes().journal(slack.universeId, 0).stream()
                .filter(e -> e.operation().equals("event_callback:reaction_added")).toList(), l -> l.size() >= 2);
        assertEquals(500, journal.get(0).status());
        assertEquals(200, journal.get(1).status());
    }

    @Test
    void joiningAndCreatingChannelsEmitTheirEvents() {
        HttpResponse<String> created = slack.admin("POST", "/channels", Map.of("as", "ada", "name", "launch"));
        assertEquals(200, created.statusCode(), created.body());
        String launch = SlackFixture.json(created).at("/channel/id").asText();
        var channelCreated = await(() -> app.events(e -> e.path("type").asText().equals("channel_created")
                && e.at("/channel/id").asText().equals(launch)), l -> !l.isEmpty());
        assertEquals("launch", channelCreated.get(0).json().at("/event/channel/name").asText());

        assertEquals(200, slack.admin("POST", "/as/" + slack.botUserId() + "/conversations.join",
                Map.of("channel", launch)).statusCode());
        HttpResponse<String> joined = slack.admin("POST", "/joins", Map.of("as", "katherine", "channel", launch));
        assertEquals(200, joined.statusCode(), joined.body());
        var memberJoined = await(() -> app.events(e -> e.path("type").asText().equals("member_joined_channel")
                && e.path("user").asText().equals(slack.userId("katherine"))), l -> !l.isEmpty());
        assertEquals(launch, memberJoined.get(0).json().at("/event/channel").asText());

        HttpResponse<String> reply = slack.admin("POST", "/messages", Map.of("as", "katherine", "channel", launch,
                "text", "in thread", "thread_ts", latestTs("launch")));
        assertEquals(200, reply.statusCode(), reply.body());
        assertFalse(SlackFixture.json(reply).at("/message/thread_ts").isMissingNode());
    }

    @Test
    void slashCommandsAreSignedFormsAndInChannelAnswersArePosted() throws Exception {
        app.commandAnswer = "{\"response_type\":\"in_channel\",\"text\":\"Deploying v2\"}";
        HttpResponse<String> ran = slack.admin("POST", "/commands", Map.of("as", "ada",
                "channel", "#engineering", "command", "/deploy", "text", "v2"));
        assertEquals(200, ran.statusCode(), ran.body());
        var command = app.received.stream().filter(r -> r.path().equals("/commands")).findFirst().orElseThrow();
        assertTrue(command.signatureValid());
        assertEquals("/deploy", command.form("command"));
        assertEquals("v2", command.form("text"));
        assertEquals(slack.userId("ada"), command.form("user_id"));

        String ts = SlackFixture.json(ran).at("/posted/ts").asText();
        var history = slack.bot().conversationsHistory(r -> r.channel(slack.channelId("engineering")).latest(ts)
                .inclusive(true).limit(1));
        assertEquals("Deploying v2", history.getMessages().get(0).getText());
        assertEquals(slack.botUserId(), history.getMessages().get(0).getUser());
        assertEquals(404, slack.admin("POST", "/commands", Map.of("as", "ada", "channel", "#engineering",
                "command", "/nope")).statusCode());
    }

    /**
     * Slack escapes {@code &}, {@code <}, {@code >} in what a person typed after the command, and keeps the text of
     * the app's answers (the command's own answer and its response_url) as chat.postMessage keeps text.
     */
    @Test
    void slashCommandTextAndItsAnswersAreEscapedAsSlackEscapesThem() throws Exception {
        app.commandAnswer = "{\"response_type\":\"in_channel\",\"text\":\"Deploying v3 -> prod & more\"}";
        HttpResponse<String> ran = slack.admin("POST", "/commands", Map.of("as", "ada",
                "channel", "#engineering", "command", "/deploy", "text", "v3 <fast> & safe"));
        assertEquals(200, ran.statusCode(), ran.body());
        var command = app.received.stream().filter(r -> r.path().equals("/commands"))
                .filter(r -> r.form("text").startsWith("v3")).findFirst().orElseThrow();
        assertEquals("v3 &lt;fast&gt; &amp; safe", command.form("text"));
        String engineering = slack.channelId("engineering");
        String ts = SlackFixture.json(ran).at("/posted/ts").asText();
        var history = slack.bot().conversationsHistory(r -> r.channel(engineering).latest(ts).inclusive(true).limit(1));
        assertEquals("Deploying v3 -&gt; prod &amp; more", history.getMessages().get(0).getText());

        HttpResponse<String> responded = slack.post(command.form("response_url"), "application/json",
                "{\"response_type\":\"in_channel\",\"text\":\"Done & dusted: https://ci.example/7 <@" + slack.userId("ada") + ">\"}");
        assertEquals(200, responded.statusCode(), responded.body());
        var latest = slack.bot().conversationsHistory(r -> r.channel(engineering).limit(1));
        assertEquals("Done &amp; dusted: <https://ci.example/7> <@" + slack.userId("ada") + ">",
                latest.getMessages().get(0).getText());
    }

    @Test
    void buttonClicksSendBlockActionsAndResponseUrlsReplaceTheMessage() throws Exception {
        String engineering = slack.channelId("engineering");
        String blocks = "[{\"type\":\"actions\",\"block_id\":\"approval\",\"elements\":[{\"type\":\"button\","
                + "\"action_id\":\"approve\",\"value\":\"release-7\",\"text\":{\"type\":\"plain_text\",\"text\":\"Approve\"}}]}]";
        String ts = slack.bot().chatPostMessage(r -> r.channel(engineering).text("Approve release 7?")
                .blocksAsString(blocks)).getTs();

        HttpResponse<String> clicked = slack.admin("POST", "/actions", Map.of("as", "ada", "channel", engineering,
                "message_ts", ts, "action_id", "approve"));
        assertEquals(200, clicked.statusCode(), clicked.body());
        var interaction = app.received.stream().filter(r -> r.path().equals("/interactive")).findFirst().orElseThrow();
        assertTrue(interaction.signatureValid());
        JsonNode payload = interaction.payload();
        assertEquals("block_actions", payload.get("type").asText());
        assertEquals("approve", payload.at("/actions/0/action_id").asText());
        assertEquals("approval", payload.at("/actions/0/block_id").asText());
        assertEquals("release-7", payload.at("/actions/0/value").asText());
        assertEquals(ts, payload.at("/container/message_ts").asText());

        HttpResponse<String> responded = slack.post(payload.get("response_url").asText(), "application/json",
                "{\"replace_original\":true,\"text\":\"Approved by Ada\"}");
        assertEquals(200, responded.statusCode(), responded.body());
        var updated = slack.bot().conversationsHistory(r -> r.channel(engineering).latest(ts).inclusive(true).limit(1));
        assertEquals("Approved by Ada", updated.getMessages().get(0).getText());
        assertEquals(404, slack.post(payload.get("response_url").asText() + "x", "application/json", "{}").statusCode());
    }

    private static String latestTs(String channel) {
        var it = slack.state().get("messages").fields();
        String latest = null;
        String prefix = slack.channelId(channel) + "/";
        while (it.hasNext()) {
            String key = it.next().getKey();
            if (key.startsWith(prefix)) {
                latest = key.substring(prefix.length());
            }
        }
        return latest;
    }
}
