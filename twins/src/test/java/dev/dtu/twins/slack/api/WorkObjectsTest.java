package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.MethodsClient;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.SlackFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Work objects in message and unfurl metadata (the SDK version the project tests with has no builder for them,
 * so the metadata goes as JSON text, as Slack's Java SDK sends it).
 */
class WorkObjectsTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static String general;

    static final String ENTITIES = """
            {"entities": [{"entity_type": "slack#/entities/task", "external_ref": {"id": "94"},
              "url": "https://tasks.example/94",
              "entity_payload": {"attributes": {"title": {"text": "Fix the stapler"}}}}]}""";

    @BeforeAll
    static void universe() {
        slack = SlackFixture.universe(Json.parseYaml("""
                company: {name: Initech, domain: initech.example}
                people: [{id: milton, name: Milton Waddams, email: milton@initech.example}]
                slack:
                  channels: [{name: general, members: [milton, bot]}]
                  tokens: {bot: {scopes: [chat:write, channels:history, links:write]}}
                """));
        bot = slack.bot();
        general = slack.channelId("general");
    }

    private static JsonNode call(String method, JsonNode body) {
        return SlackFixture.json(slack.post(slack.baseUrl() + method, "application/json; charset=utf-8",
                body.toString(), "Authorization", "Bearer " + slack.slack.get("botToken").asText()));
    }

    @Test
    void aMessageWithWorkObjectsShowsEachAsAnUnfurlAttachment() throws Exception {
        JsonNode posted = call("chat.postMessage", Json.object().put("channel", general).put("text", "Look")
                .put("metadata", ENTITIES));
        assertTrue(posted.path("ok").asBoolean(), posted.toString());
        JsonNode attachment = posted.path("message").path("attachments").path(0);
        assertEquals("https://tasks.example/94", attachment.path("from_url").asText(), posted.toString());
        assertEquals("Fix the stapler", attachment.path("title").asText());
    }

    @Test
    void chatUnfurlWithWorkObjectsAddsThemToTheMessage() throws Exception {
        var posted = bot.chatPostMessage(r -> r.channel(general).text("https://tasks.example/94?from=milton"));
        assertTrue(posted.isOk(), posted.getError());
        JsonNode unfurled = call("chat.unfurl", Json.object().put("channel", general).put("ts", posted.getTs())
                .put("metadata", ENTITIES));
        assertTrue(unfurled.path("ok").asBoolean(), unfurled.toString());
        var history = bot.conversationsHistory(r -> r.channel(general).oldest(posted.getTs()).inclusive(true));
        assertEquals("https://tasks.example/94?from=milton",
                history.getMessages().get(0).getAttachments().get(0).getAppUnfurlUrl());
    }

    @Test
    void anEntityWithoutItsReferenceIsInvalidMetadataFormat() {
        JsonNode posted = call("chat.postMessage", Json.object().put("channel", general).put("text", "Look")
                .put("metadata", "{\"entities\": [{\"entity_type\": \"slack#/entities/task\"}]}"));
        assertEquals("invalid_metadata_format", posted.path("error").asText(), posted.toString());
    }
}
