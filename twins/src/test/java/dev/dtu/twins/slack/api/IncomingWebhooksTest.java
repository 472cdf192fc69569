package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.model.Message;
import com.slack.api.webhook.Payload;
import com.slack.api.webhook.WebhookResponse;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.SlackFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Incoming webhooks (https://api.slack.com/messaging/webhooks), through the official SDK's {@code Slack.send}. */
class IncomingWebhooksTest {
    static SlackFixture slack;
    static String general;

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe(Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people:
                  - {id: milton, name: Milton Waddams, email: milton@initech.example}
                slack:
                  app: {incomingWebhooks: [general, old, secret]}
                  channels:
                    - {name: general, members: everyone}
                    - {name: old, archived: true}
                    - {name: secret, private: true, members: [milton]}
                """));
        general = slack.channelId("general");
    }

    static String url(String channel) {
        return slack.slack.get("incomingWebhooks").get(channel).asText();
    }

    @Test
    void theDescriptionListsOneUrlPerChannelOnTheTwinsHost() {
        JsonNode hooks = slack.slack.get("incomingWebhooks");
        assertEquals(3, hooks.size());
        assertTrue(url("general").startsWith(slack.baseUrl().replace("/api/", "/services/T")), url("general"));
        assertTrue(url("general").matches(".*/services/T[0-9A-Z]+/B[0-9A-Z]+/[0-9a-f]{24}"), url("general"));
    }

    @Test
    void postingWithTheSdkPostsAsTheAppsBot() throws Exception {
        WebhookResponse r = slack.sdk.send(url("general"), Payload.builder().text("Build *green*").build());
        assertEquals(200, r.getCode());
        assertEquals("ok", r.getBody());
        Message m = slack.bot().conversationsHistory(h -> h.channel(general).limit(1)).getMessages().get(0);
        assertEquals("Build *green*", m.getText());
        assertEquals(slack.botUserId(), m.getUser());
    }

    /** Webhook text is kept as the Web API keeps it: raw control characters escaped, bare URLs linked. */
    @Test
    void textIsKeptEscapedAndLinked() throws Exception {
        WebhookResponse r = slack.sdk.send(url("general"), Payload.builder()
                .text("p95 < 200ms & rising, see https://ci.example/b?id=1&x=2").build());
        assertEquals("ok", r.getBody());
        Message m = slack.bot().conversationsHistory(h -> h.channel(general).limit(1)).getMessages().get(0);
        assertEquals("p95 &lt; 200ms &amp; rising, see <https://ci.example/b?id=1&amp;x=2>", m.getText());
    }

    @Test
    void aThreadTsRepliesInTheThread() throws Exception {
        String parent = slack.bot().chatPostMessage(p -> p.channel(general).text("parent")).getTs();
        WebhookResponse r = slack.sdk.send(url("general"), Payload.builder().text("reply").threadTs(parent).build());
        assertEquals("ok", r.getBody());
        List<Message> replies = slack.bot().conversationsReplies(p -> p.channel(general).ts(parent)).getMessages();
        assertEquals(2, replies.size());
        assertEquals("reply", replies.get(1).getText());
    }

    @Test
    void aFormWithAPayloadFieldPostsToo() {
        String body = "payload=" + URLEncoder.encode("{\"text\":\"from curl\",\"unfurl_links\":false}",
                StandardCharsets.UTF_8);
        HttpResponse<String> r = slack.post(url("general"), "application/x-www-form-urlencoded", body);
        assertEquals(200, r.statusCode());
        assertEquals("ok", r.body());
    }

    @Test
    void slacksPlainTextErrorsWithItsStatusCodes() {
        assertEquals(List.of(400, "invalid_payload"), answer(url("general"), "{not json"));
        assertEquals(List.of(400, "invalid_payload"), answer(url("general"), "[1]"));
        assertEquals(List.of(400, "no_text"), answer(url("general"), "{\"unfurl_media\":true}"));
        assertEquals(List.of(410, "channel_is_archived"), answer(url("old"), "{\"text\":\"hi\"}"));
        assertEquals(List.of(404, "thread_not_found"), answer(url("general"), "{\"text\":\"hi\",\"thread_ts\":\"1.000001\"}"));
        String forged = url("general").substring(0, url("general").length() - 3) + "abc";
        assertEquals(List.of(403, "invalid_token"), answer(forged, "{\"text\":\"hi\"}"));
        assertEquals(List.of(404, "no_service"), answer(slack.baseUrl().replace("/api/", "/services/T1"), "{}"));
    }

    @Test
    void aPrivateChannelWithoutTheBotIsProhibited() {
        assertEquals(List.of(403, "action_prohibited"), answer(url("secret"), "{\"text\":\"hi\"}"));
    }

    @Test
    void aUrlOfAnotherUniverseIsRefused() {
        SlackFixture other = SlackFixture.universe(Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people: []
                slack:
                  app: {incomingWebhooks: [general]}
                  channels: [{name: general}]
                """));
        String foreign = other.slack.get("incomingWebhooks").get("general").asText();
        String here = foreign.replace("/u/" + other.universeId + "/", "/u/" + slack.universeId + "/");
        assertEquals(List.of(403, "invalid_token"), answer(here, "{\"text\":\"hi\"}"));
    }

    private static List<Object> answer(String url, String body) {
        HttpResponse<String> r = slack.post(url, "application/json", body);
        return List.of(r.statusCode(), r.body());
    }

    @Test
    void theDefaultCompanysAppHasAWebhookForGeneral() throws Exception {
        SlackFixture northwind = SlackFixture.universe();
        String hook = northwind.slack.get("incomingWebhooks").get("general").asText();
        assertEquals("ok", northwind.sdk.send(hook, Payload.builder().text("from the default seed").build()).getBody());
    }
}
