package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.dtu.server.journal.JournalEntry;
import dev.dtu.server.universe.Settings;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode frame by frame (https://api.slack.com/apis/socket-mode): apps.connections.open, hello, envelopes,
 * acks, retries, disconnects and bad input, with the JDK's own WebSocket client.
 */
class SocketModeTest {

    /** A fresh universe whose app is in Socket Mode (retry delays scaled down). */
    private static SlackFixture socketModeUniverse() {
        SlackFixture slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        HttpResponse<String> on = slack.admin("PUT", "/app", Map.of("socketMode", true));
        assertEquals(200, on.statusCode(), on.body());
        return slack;
    }

    private static String openUrl(SlackFixture slack) throws Exception {
        AppsConnectionsOpenResponse open = slack.sdk.methods(slack.slack.get("appToken").asText())
                .appsConnectionsOpen(r -> r);
        assertTrue(open.isOk(), open.getError());
        return open.getUrl();
    }

    private static SocketClient connect(SlackFixture slack) throws Exception {
        SocketClient client = new SocketClient(openUrl(slack));
        assertEquals("hello", client.next().get("type").asText());
        return client;
    }

    private static void post(SlackFixture slack, String text) {
        HttpResponse<String> posted = slack.admin("POST", "/messages", Map.of("as", "grace", "channel", "#support",
                "text", text));
        assertEquals(200, posted.statusCode(), posted.body());
    }

    /** The next envelope of this type, skipping others (a post brings several events). */
    private static JsonNode nextOfType(SocketClient client, String eventType) {
        for (int i = 0; i < 10; i++) {
            JsonNode m = client.next();
            if (m.path("payload").path("event").path("type").asText().equals(eventType)) {
                return m;
            }
        }
        throw new AssertionError("no " + eventType + " envelope");
    }

    private static List<JournalEntry> socketDeliveries(SlackFixture slack) {
        return SlackFixture.server().universes().journal(slack.universeId, 0).stream()
                .filter(e -> e.type().equals("delivery") && e.method().equals("WS")).toList();
    }

    @Test
    void connectionsOpenAnswersAWebSocketUrlOnTheHostTheAppReachedTheTwinBy() throws Exception {
        SlackFixture slack = SlackFixture.universe();
        String viaLocalhost = slack.baseUrl().replace("127.0.0.1", "localhost");
        AppsConnectionsOpenResponse open = com.slack.api.Slack.getInstance(configAt(viaLocalhost))
                .methods(slack.slack.get("appToken").asText()).appsConnectionsOpen(r -> r);
        assertTrue(open.isOk(), open.getError());
        String appId = slack.state().get("app").get("app").get("appId").asText();
        assertTrue(open.getUrl().startsWith("ws://localhost:" + SlackFixture.server().port() + "/u/"
                + slack.universeId + "/slack/link/?ticket="), open.getUrl());
        assertTrue(open.getUrl().endsWith("&app_id=" + appId), open.getUrl());
        assertTrue(slack.slack.get("appToken").asText().startsWith("xapp-1-" + appId + "-"));
    }

    private static com.slack.api.SlackConfig configAt(String baseUrl) {
        com.slack.api.SlackConfig config = new com.slack.api.SlackConfig();
        config.setMethodsEndpointUrlPrefix(baseUrl);
        config.setFailOnUnknownProperties(true);
        return config;
    }

    @Test
    void connectionsOpenTakesOnlyThisUniversesAppLevelToken() throws Exception {
        SlackFixture slack = SlackFixture.universe();
        SlackFixture other = SlackFixture.universe();
        assertEquals("not_allowed_token_type", slack.bot().appsConnectionsOpen(r -> r).getError());
        assertEquals("not_allowed_token_type", slack.user().appsConnectionsOpen(r -> r).getError());
        assertEquals("invalid_auth", slack.sdk.methods("xapp-1-A0-1-deadbeef").appsConnectionsOpen(r -> r).getError());
        assertEquals("invalid_auth", slack.sdk.methods(other.slack.get("appToken").asText())
                .appsConnectionsOpen(r -> r).getError());
        ChatPostMessageResponse withAppToken = slack.sdk.methods(slack.slack.get("appToken").asText())
                .chatPostMessage(r -> r.channel("#general").text("hi"));
        assertEquals("not_allowed_token_type", withAppToken.getError());
        // auth.test's documented token types are bot and user tokens; reports of Slack's answer to an app-level
        // token (java-slack-sdk#1256's log, trufflehog#5089's review) say it refuses it, which the twin does too
        assertEquals("not_allowed_token_type", slack.sdk.methods(slack.slack.get("appToken").asText())
                .authTest(r -> r).getError());
    }

    @Test
    void helloThenEveryEventAsAnEventsApiEnvelopeAndHttpDeliveriesStop() throws Exception {
        SlackFixture slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        try (AppReceiver http = new AppReceiver(slack.slack.get("signingSecret").asText())) {
            assertEquals(200, slack.admin("PUT", "/app", Map.of("eventRequestUrl", http.url("/events"))).statusCode());
            int beforeSocketMode = http.received.size();
            assertEquals(200, slack.admin("PUT", "/app", Map.of("socketMode", true)).statusCode());

            SocketClient client = new SocketClient(openUrl(slack));
            JsonNode hello = client.next();
            assertEquals("hello", hello.get("type").asText());
            assertEquals(1, hello.get("num_connections").asInt());
            assertTrue(hello.get("debug_info").has("host"));
            assertTrue(hello.get("debug_info").has("build_number"));
            assertTrue(hello.get("debug_info").has("approximate_connection_time"));
            String appId = slack.state().get("app").get("app").get("appId").asText();
            assertEquals(appId, hello.get("connection_info").get("app_id").asText());

            post(slack, "deploy please <@" + slack.botUserId() + ">");
            JsonNode mention = nextOfType(client, "app_mention");
            assertEquals("events_api", mention.get("type").asText());
            assertFalse(mention.get("accepts_response_payload").asBoolean());
            assertEquals(0, mention.get("retry_attempt").asInt());
            assertEquals("", mention.get("retry_reason").asText());
            assertEquals("event_callback", mention.get("payload").get("type").asText());
            assertEquals(appId, mention.get("payload").get("api_app_id").asText());
            client.ack(mention, null);

            JournalEntry acked = await(() -> socketDeliveries(slack), l -> l.stream().anyMatch(e -> e.status() == 200))
                    .stream().filter(e -> e.status() == 200).findFirst().orElseThrow();
            assertTrue(acked.path().startsWith("ws://"), acked.path());
            Thread.sleep(200);
            assertEquals(beforeSocketMode, http.received.size(), "no HTTP deliveries in Socket Mode");
            client.close();
        }
    }

    @Test
    void anUnacknowledgedEnvelopeIsRetriedWithItsAttemptAndReason() throws Exception {
        SlackFixture slack = socketModeUniverse();
        try (SocketClient client = connect(slack)) {
            post(slack, "nobody acks this");
            JsonNode first = nextOfType(client, "message");
            JsonNode retry = nextOfType(client, "message"); // after Slack's 3 s without an ack
            assertEquals(first.get("envelope_id").asText(), retry.get("envelope_id").asText());
            assertEquals(first.get("payload").get("event_id").asText(), retry.get("payload").get("event_id").asText());
            assertEquals(1, retry.get("retry_attempt").asInt());
            assertEquals("http_timeout", retry.get("retry_reason").asText());
            client.ack(retry, null);
            List<JournalEntry> attempts = await(() -> socketDeliveries(slack), l -> l.size() >= 2);
            assertEquals(0, attempts.get(0).status());
            assertEquals(200, attempts.get(1).status());
        }
    }

    @Test
    void envelopesAreSpreadOverTheAppsSockets() throws Exception {
        SlackFixture slack = socketModeUniverse();
        try (SocketClient a = connect(slack); SocketClient b = new SocketClient(openUrl(slack))) {
            assertEquals(2, b.next().get("num_connections").asInt());
            for (int i = 0; i < 4; i++) {
                post(slack, "message " + i);
            }
            Map<String, Integer> perSocket = new HashMap<>();
            for (SocketClient c : List.of(a, b)) {
                for (JsonNode m; (m = c.poll(1000)) != null; ) {
                    c.ack(m, null);
                    perSocket.merge(c == a ? "a" : "b", 1, Integer::sum);
                }
            }
            assertEquals(2, perSocket.size(), "both sockets got envelopes: " + perSocket);
            assertEquals(4, perSocket.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void aDisconnectAsksEverySocketToReconnectAndThenClosesIt() throws Exception {
        SlackFixture slack = socketModeUniverse();
        try (SocketClient client = connect(slack)) {
            HttpResponse<String> told = slack.admin("POST", "/socket/disconnect", Map.of("reason", "refresh_requested"));
            assertEquals(200, told.statusCode(), told.body());
            assertEquals(1, SlackFixture.json(told).get("disconnected").asInt());
            JsonNode disconnect = client.next();
            assertEquals("disconnect", disconnect.get("type").asText());
            assertEquals("refresh_requested", disconnect.get("reason").asText());
            assertTrue(disconnect.get("debug_info").has("host"));
            assertEquals(1000, client.closedWith.get(5, TimeUnit.SECONDS));
        }
        HttpResponse<String> bad = slack.admin("POST", "/socket/disconnect", Map.of("reason", "nap_time"));
        assertEquals(400, bad.statusCode());
        assertEquals("invalid_arguments", SlackFixture.json(bad).get("error").asText());
    }

    @Test
    void turningSocketModeOffDisablesTheLink() throws Exception {
        SlackFixture slack = socketModeUniverse();
        try (SocketClient client = connect(slack)) {
            assertEquals(1, SlackFixture.json(slack.admin("GET", "/socket", null)).get("connections").size());
            assertEquals(200, slack.admin("PUT", "/app", Map.of("socketMode", false)).statusCode());
            JsonNode disconnect = client.next();
            assertEquals("link_disabled", disconnect.get("reason").asText());
            client.closedWith.get(5, TimeUnit.SECONDS);
        }
        assertEquals(0, await(() -> SlackFixture.json(slack.admin("GET", "/socket", null)).get("connections").size(),
                n -> n == 0));
    }

    @Test
    void badFramesAndUnknownAcksLeaveTheSocketWorking() throws Exception {
        SlackFixture slack = socketModeUniverse();
        try (SocketClient client = connect(slack)) {
            client.send("this is not json");
            client.send("[1,2,3]");
            client.send("{\"envelope_id\":\"no-such-envelope\",\"payload\":{}}");
            client.send("{\"envelope_id\":42}");
            client.send("");
            post(slack, "still listening?");
            JsonNode m = nextOfType(client, "message");
            client.ack(m, null);
            assertTrue(client.isOpen());
            await(() -> socketDeliveries(slack), l -> l.stream().anyMatch(e -> e.status() == 200));
        }
    }

    @Test
    void anOversizedFrameClosesThatSocketOnlyWith1009() throws Exception {
        SlackFixture slack = socketModeUniverse();
        SlackFixture other = socketModeUniverse();
        try (SocketClient big = connect(slack); SocketClient bystander = connect(slack);
             SocketClient otherApp = connect(other)) {
            big.sendRefusable("{\"envelope_id\":\"" + "x".repeat(2 << 20) + "\"}");
            assertEquals(1009, big.closedWith.get(5, TimeUnit.SECONDS));
            post(slack, "after the big one");
            bystander.ack(nextOfType(bystander, "message"), null);
            post(other, "elsewhere");
            otherApp.ack(nextOfType(otherApp, "message"), null);
        }
    }

    @Test
    void aTicketOpensOneSocketInItsOwnUniverseOnly() throws Exception {
        SlackFixture slack = socketModeUniverse();
        SlackFixture other = socketModeUniverse();
        String url = openUrl(slack);
        try (SocketClient first = new SocketClient(url)) {
            assertEquals("hello", first.next().get("type").asText());
            assertEquals(401, refusedStatus(url));
        }
        String elsewhere = openUrl(slack).replace("/u/" + slack.universeId + "/", "/u/" + other.universeId + "/");
        assertEquals(401, refusedStatus(elsewhere));
        assertEquals(401, refusedStatus(url.substring(0, url.indexOf('?'))));
    }

    private static int refusedStatus(String url) {
        CompletionException e = assertThrows(CompletionException.class, () -> new SocketClient(url));
        return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
    }

    @Test
    void aSlashCommandIsASlashCommandsEnvelopeAnsweredByTheAcksPayload() throws Exception {
        SlackFixture slack = socketModeUniverse();
        // Socket Mode apps need no request URL
        assertEquals(200, slack.admin("PUT", "/app", "{\"slashCommands\":{\"/deploy\":null}}").statusCode());
        try (SocketClient client = connect(slack)) {
            CompletableFuture<HttpResponse<String>> run = CompletableFuture.supplyAsync(() -> slack.admin("POST",
                    "/commands", Map.of("as", "grace", "channel", "#support", "command", "/deploy", "text", "api")));
            JsonNode envelope = client.next();
            assertEquals("slash_commands", envelope.get("type").asText());
            assertTrue(envelope.get("accepts_response_payload").asBoolean());
            assertEquals("/deploy", envelope.get("payload").get("command").asText());
            assertEquals("api", envelope.get("payload").get("text").asText());
            assertTrue(envelope.get("payload").get("response_url").asText().startsWith("http://"));
            client.ack(envelope, "{\"response_type\":\"in_channel\",\"text\":\"deploying api\"}");
            HttpResponse<String> answered = run.get(10, TimeUnit.SECONDS);
            assertEquals(200, answered.statusCode(), answered.body());
            JsonNode out = SlackFixture.json(answered);
            assertEquals("deploying api", out.get("response").get("text").asText());
            assertNotEquals(null, out.get("posted"));
        }
    }

    @Test
    void withNoSocketOpenACommandFailsAsUndelivered() {
        SlackFixture slack = socketModeUniverse();
        assertEquals(200, slack.admin("PUT", "/app", "{\"slashCommands\":{\"/deploy\":null}}").statusCode());
        HttpResponse<String> run = slack.admin("POST", "/commands", Map.of("as", "grace", "channel", "#support",
                "command", "/deploy", "text", "api"));
        assertEquals(502, run.statusCode(), run.body());
        assertEquals("dispatch_failed", SlackFixture.json(run).get("error").asText());
        assertNull(SlackFixture.json(run).get("posted"));
    }

    @Test
    void aButtonClickIsAnInteractiveEnvelopeWithoutAnInteractivityUrl() throws Exception {
        SlackFixture slack = socketModeUniverse();
        String support = slack.channelId("support");
        String blocks = "[{\"type\":\"actions\",\"block_id\":\"approval\",\"elements\":[{\"type\":\"button\","
                + "\"action_id\":\"approve\",\"value\":\"release-7\",\"text\":{\"type\":\"plain_text\",\"text\":\"Approve\"}}]}]";
        String ts = slack.bot().chatPostMessage(r -> r.channel(support).text("Approve release 7?")
                .blocksAsString(blocks)).getTs();
        try (SocketClient client = connect(slack)) {
            CompletableFuture<HttpResponse<String>> click = CompletableFuture.supplyAsync(() -> slack.admin("POST",
                    "/actions", Map.of("as", "grace", "channel", support, "message_ts", ts, "action_id", "approve")));
            JsonNode envelope = client.next();
            while (envelope.get("type").asText().equals("events_api")) { // the bot's own message, first
                client.ack(envelope, null);
                envelope = client.next();
            }
            assertEquals("interactive", envelope.get("type").asText());
            assertFalse(envelope.get("accepts_response_payload").asBoolean());
            JsonNode payload = envelope.get("payload");
            assertEquals("block_actions", payload.get("type").asText());
            assertEquals("approve", payload.at("/actions/0/action_id").asText());
            assertEquals("release-7", payload.at("/actions/0/value").asText());
            client.ack(envelope, null);
            assertEquals(200, click.get(10, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void aWarningDisconnectLeavesTheSocketOpenForAWhile() throws Exception {
        SlackFixture slack = socketModeUniverse();
        try (SocketClient client = connect(slack)) {
            slack.admin("POST", "/socket/disconnect", Map.of("reason", "warning"));
            assertEquals("warning", client.next().get("reason").asText());
            post(slack, "before the socket closes");
            client.ack(nextOfType(client, "message"), null);
            assertTrue(client.isOpen());
        }
    }
}
