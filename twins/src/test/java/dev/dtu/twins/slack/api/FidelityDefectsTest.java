package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.team.TeamInfoResponse;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Defects found by running Slack's own SDK test suites against the twin (issue 18, capability 7), one test each. */
class FidelityDefectsTest {
    static SlackFixture slack;

    @BeforeAll
    static void setUp() {
        slack = SlackFixture.universe();
    }

    /** Slack's Python client sends auth.test as a JSON request with no body: that is no arguments, not invalid_json. */
    @Test
    void aJsonRequestWithAnEmptyBodyHasNoArguments() {
        HttpResponse<String> r = slack.post(slack.baseUrl() + "auth.test", "application/json; charset=utf-8", "",
                "Authorization", "Bearer " + slack.slack.get("botToken").asText());
        JsonNode body = SlackFixture.json(r);
        assertTrue(body.get("ok").asBoolean(), r.body());
        assertEquals(slack.botUserId(), body.get("user_id").asText());
    }

    /** Every Web API answer names the token's scopes and the scopes the method accepts (https://api.slack.com/scopes). */
    @Test
    void everyAnswerCarriesTheTokensAndTheMethodsScopes() throws Exception {
        AuthTestResponse auth = slack.bot().authTest(r -> r);
        Set<String> granted = Set.of(header(auth.getHttpResponseHeaders(), "x-oauth-scopes").split(","));
        assertTrue(granted.contains("chat:write") && granted.contains("channels:read"), granted.toString());
        assertEquals("", header(auth.getHttpResponseHeaders(), "x-accepted-oauth-scopes"));

        var posted = slack.bot().chatPostMessage(r -> r.channel("#nowhere").text("hi"));
        assertEquals("channel_not_found", posted.getError());
        assertEquals("chat:write", header(posted.getHttpResponseHeaders(), "x-accepted-oauth-scopes"));
        assertTrue(header(posted.getHttpResponseHeaders(), "x-oauth-scopes").contains("chat:write"));

        var info = slack.bot().conversationsInfo(r -> r.channel(slack.channelId("support")));
        assertEquals(Set.of("channels:read", "groups:read", "im:read", "mpim:read"),
                Set.of(header(info.getHttpResponseHeaders(), "x-accepted-oauth-scopes").split(",")));
    }

    private static String header(java.util.Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        assertTrue(values != null && values.size() == 1, name + " in " + headers);
        return values.get(0);
    }

    /** team.info's icon has every size Slack serves (https://api.slack.com/methods/team.info). */
    @Test
    void teamInfoHasEveryIconSize() throws Exception {
        TeamInfoResponse info = slack.bot().teamInfo(r -> r);
        assertTrue(info.isOk(), info.getError());
        var icon = info.getTeam().getIcon();
        for (String size : List.of(icon.getImage34(), icon.getImage44(), icon.getImage68(), icon.getImage88(),
                icon.getImage102(), icon.getImage132(), icon.getImage230())) {
            assertTrue(size != null && size.startsWith("https://"), String.valueOf(size));
        }
        assertTrue(icon.isImageDefault());
    }

    /** conversations.info gives members their last_read and every channel its parent_conversation. */
    @Test
    void channelsCarryParentConversationAndLastRead() {
        HttpResponse<String> r = slack.get(slack.baseUrl() + "conversations.info?channel=" + slack.channelId("support"),
                "Authorization", "Bearer " + slack.slack.get("botToken").asText());
        JsonNode channel = SlackFixture.json(r).get("channel");
        assertTrue(channel.has("parent_conversation") && channel.get("parent_conversation").isNull(), r.body());
        assertTrue(channel.get("last_read").isTextual(), r.body());
    }

    /** include_locale adds the locale to users and conversations. */
    @Test
    void includeLocaleReturnsTheLocale() throws Exception {
        ConversationsInfoResponse info = slack.bot().conversationsInfo(r -> r.channel(slack.channelId("support"))
                .includeLocale(true));
        assertEquals("en-US", info.getChannel().getLocale());
        var user = slack.bot().usersInfo(r -> r.user(slack.userId("grace")).includeLocale(true));
        assertEquals("en-US", user.getUser().getLocale());
        var plain = slack.bot().usersInfo(r -> r.user(slack.userId("grace")));
        assertEquals(null, plain.getUser().getLocale());
    }

    private static JsonNode call(String method, String form) {
        HttpResponse<String> r = slack.post(slack.baseUrl() + method, "application/x-www-form-urlencoded", form,
                "Authorization", "Bearer " + slack.slack.get("botToken").asText());
        return SlackFixture.json(r);
    }

    private static String form(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** markdown_text is the message's text as mrkdwn (https://api.slack.com/methods/chat.postMessage), not "no_text". */
    @Test
    void markdownTextIsTheMessagesText() {
        String support = slack.channelId("support");
        JsonNode posted = call("chat.postMessage", "channel=" + support + "&markdown_text=" + form("**Release** is _out_"));
        assertTrue(posted.get("ok").asBoolean(), posted.toString());
        assertEquals("*Release* is _out_", posted.get("message").get("text").asText());
        JsonNode conflict = call("chat.postMessage", "channel=" + support + "&text=hi&markdown_text=" + form("**hi**"));
        assertEquals("markdown_text_conflict", conflict.get("error").asText());
        JsonNode tooLong = call("chat.postMessage", "channel=" + support + "&markdown_text=" + "a".repeat(12_001));
        assertEquals("msg_too_long", tooLong.get("error").asText());
    }

    /** Slack links bare URLs in text as <https://…>; links and mentions already wrapped are kept as sent. */
    @Test
    void urlsInTextAreWrappedAsSlackLinks() {
        String support = slack.channelId("support");
        String text = "see https://example.com/a?b=1, <https://slack.com|Slack> and <@" + slack.botUserId() + ">.";
        JsonNode posted = call("chat.postMessage", "channel=" + support + "&text=" + form(text));
        assertEquals("see <https://example.com/a?b=1>, <https://slack.com|Slack> and <@" + slack.botUserId() + ">.",
                posted.get("message").get("text").asText(), posted.toString());
    }

    /**
     * Slack keeps {@code &}, {@code <} and {@code >} as HTML entities in a message's text unless they are its
     * markup (https://api.slack.com/reference/surfaces/formatting#escaping); entities already escaped stay as sent.
     */
    @Test
    void controlCharactersInTextAreKeptEscaped() throws Exception {
        String support = slack.channelId("support");
        String mention = "<@" + slack.botUserId() + ">";
        var posted = slack.bot().chatPostMessage(r -> r.channel(support)
                .text("if a < b && b > c, ask " + mention + " about R&amp;D: https://example.com/?a=1&b=2 <!here>"));
        assertTrue(posted.isOk(), posted.getError());
        String stored = "if a &lt; b &amp;&amp; b &gt; c, ask " + mention
                + " about R&amp;D: <https://example.com/?a=1&amp;b=2> <!here>";
        assertEquals(stored, posted.getMessage().getText());
        var history = slack.bot().conversationsHistory(r -> r.channel(support).latest(posted.getTs()).inclusive(true)
                .limit(1));
        assertEquals(stored, history.getMessages().get(0).getText());
        var updated = slack.bot().chatUpdate(r -> r.channel(support).ts(posted.getTs()).text("1 < 2 & 3 > 2"));
        assertEquals("1 &lt; 2 &amp; 3 &gt; 2", updated.getMessage().getText());
    }

    /** The default company's app is in #general, where its incoming webhook posts, as an installed app usually is. */
    @Test
    void theDefaultAppsBotIsAMemberOfGeneral() throws Exception {
        String general = slack.channelId("general");
        var info = slack.bot().conversationsInfo(r -> r.channel(general));
        assertTrue(info.getChannel().isMember(), info.toString());
        assertTrue(slack.bot().conversationsMembers(r -> r.channel(general)).getMembers().contains(slack.botUserId()));
    }

    /** Message metadata is stored; history returns it with include_all_metadata (https://api.slack.com/metadata). */
    @Test
    void messageMetadataIsStoredAndReturnedWithIncludeAllMetadata() {
        String support = slack.channelId("support");
        String metadata = "{\"event_type\":\"task_created\",\"event_payload\":{\"id\":\"TK-1\"}}";
        JsonNode posted = call("chat.postMessage", "channel=" + support + "&text=task&metadata=" + form(metadata));
        assertTrue(posted.get("ok").asBoolean(), posted.toString());
        assertEquals("task_created", posted.at("/message/metadata/event_type").asText(), posted.toString());
        String ts = posted.get("ts").asText();

        JsonNode with = call("conversations.history", "channel=" + support + "&latest=" + ts
                + "&inclusive=true&limit=1&include_all_metadata=true");
        assertEquals("TK-1", with.at("/messages/0/metadata/event_payload/id").asText(), with.toString());
        JsonNode without = call("conversations.history", "channel=" + support + "&latest=" + ts + "&inclusive=true&limit=1");
        assertTrue(without.at("/messages/0/metadata").isMissingNode(), without.toString());

        JsonNode bad = call("chat.postMessage", "channel=" + support + "&text=x&metadata=" + form("{\"event_payload\":{}}"));
        assertEquals("invalid_metadata_format", bad.get("error").asText());
        JsonNode notJson = call("chat.postMessage", "channel=" + support + "&text=x&metadata=" + form("{oops"));
        assertEquals("invalid_metadata_format", notJson.get("error").asText());
    }
}
