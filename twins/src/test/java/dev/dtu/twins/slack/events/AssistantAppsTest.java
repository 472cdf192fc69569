package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.model.assistant.SuggestedPrompt;
import dev.dtu.server.universe.Settings;
import dev.dtu.twins.slack.SlackFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AI assistant apps: a person opens the assistant container (assistant_thread_started), the app sets status, title
 * and suggested prompts through the Java SDK, and streams its reply with chat.startStream/appendStream/stopStream
 * (the SDK version in use predates them, so those go as Slack's own form posts).
 */
class AssistantAppsTest {
    static SlackFixture slack;
    static AppReceiver app;

    @BeforeAll
    static void setUp() throws Exception {
        slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        app = new AppReceiver(slack.slack.get("signingSecret").asText());
        assertEquals(200, slack.admin("PUT", "/app", Map.of("eventRequestUrl", app.url("/events"))).statusCode());
    }

    @AfterAll
    static void tearDown() {
        app.close();
    }

    private JsonNode openAssistant(String person, String channel) {
        HttpResponse<String> opened = slack.admin("POST", "/as/" + person + "/assistant", Map.of("channel", channel));
        assertEquals(200, opened.statusCode(), opened.body());
        return SlackFixture.json(opened).get("assistant_thread");
    }

    @Test
    void openingTheContainerStartsAThreadAndSwitchingChannelsChangesItsContext() {
        String general = slack.channelId("general");
        JsonNode thread = openAssistant("ada", general);
        var started = await(() -> app.events(e -> e.path("type").asText().equals("assistant_thread_started")
                && e.at("/assistant_thread/thread_ts").asText().equals(thread.get("thread_ts").asText())),
                l -> !l.isEmpty()).get(0).json();
        JsonNode t = started.at("/event/assistant_thread");
        assertEquals(slack.userId("ada"), t.get("user_id").asText());
        assertTrue(t.get("channel_id").asText().startsWith("D"), "the thread lives in the person's DM with the app");
        assertEquals(general, t.at("/context/channel_id").asText());
        assertEquals(slack.slack.get("teamId").asText(), t.at("/context/team_id").asText());

        String support = slack.channelId("support");
        HttpResponse<String> changed = slack.admin("POST", "/as/ada/assistant/context", Map.of("channel", support,
                "thread_channel", t.get("channel_id").asText(), "thread_ts", t.get("thread_ts").asText()));
        assertEquals(200, changed.statusCode(), changed.body());
        var event = await(() -> app.events(e -> e.path("type").asText().equals("assistant_thread_context_changed")),
                l -> !l.isEmpty()).get(0).json();
        assertEquals(support, event.at("/event/assistant_thread/context/channel_id").asText());
    }

    @Test
    void theAppSetsStatusTitleAndPromptsOnItsThread() throws Exception {
        JsonNode thread = openAssistant("grace", slack.channelId("general"));
        String dm = thread.get("channel_id").asText();
        String ts = thread.get("thread_ts").asText();
        var bot = slack.bot();
        assertTrue(bot.assistantThreadsSetStatus(r -> r.channelId(dm).threadTs(ts).status("is thinking...")).isOk());
        assertTrue(bot.assistantThreadsSetTitle(r -> r.channelId(dm).threadTs(ts).title("Expense policy")).isOk());
        var prompts = bot.assistantThreadsSetSuggestedPrompts(r -> r.channelId(dm).threadTs(ts).title("Try")
                .prompts(List.of(new SuggestedPrompt("Summarize", "Summarize #general"))));
        assertTrue(prompts.isOk(), prompts.getError());

        JsonNode resource = slack.state().get("assistant_threads").get(dm + "/" + ts);
        JsonNode kept = resource.has("body") ? resource.get("body") : resource;
        assertEquals("is thinking...", kept.get("status").asText());
        assertEquals("Expense policy", kept.get("title").asText());
        assertEquals("Summarize #general", kept.at("/suggested_prompts/0/message").asText());

        assertEquals("invalid_thread_ts", bot.assistantThreadsSetStatus(r -> r.channelId(dm).threadTs("1.000001")
                .status("x")).getError());
        assertEquals("channel_not_found", bot.assistantThreadsSetTitle(r -> r.channelId("C0NOPE").threadTs(ts)
                .title("x")).getError());
        // The SDK's response class has no response_metadata, so this one goes as a plain form post.
        String five = "[" + String.join(",", java.util.Collections.nCopies(5, "{\"title\":\"a\",\"message\":\"b\"}")) + "]";
        JsonNode tooMany = call("assistant.threads.setSuggestedPrompts", Map.of("channel_id", dm, "thread_ts", ts,
                "prompts", five));
        assertEquals("invalid_arguments", tooMany.get("error").asText());
        assertEquals("[ERROR] no more than 4 items allowed [json-pointer:/prompts]",
                tooMany.at("/response_metadata/messages/0").asText());
    }

    @Test
    void aStreamedReplyGrowsUntilStoppedAndThenTakesNoMore() {
        JsonNode thread = openAssistant("alan", slack.channelId("general"));
        String dm = thread.get("channel_id").asText();
        String ts = thread.get("thread_ts").asText();

        JsonNode started = call("chat.startStream", Map.of("channel", dm, "thread_ts", ts, "markdown_text", "**Hello**"));
        assertTrue(started.get("ok").asBoolean(), started.toString());
        assertEquals(dm, started.get("channel").asText());
        String stream = started.get("ts").asText();
        JsonNode appended = call("chat.appendStream", Map.of("channel", dm, "ts", stream,
                "chunks", "[{\"type\":\"markdown_text\",\"text\":\", Alan\"}]"));
        assertTrue(appended.get("ok").asBoolean(), appended.toString());
        JsonNode stopped = call("chat.stopStream", Map.of("channel", dm, "ts", stream, "markdown_text", "!"));
        assertTrue(stopped.get("ok").asBoolean(), stopped.toString());
        assertEquals("**Hello**, Alan!", stopped.at("/message/text").asText());
        assertEquals(ts, stopped.at("/message/thread_ts").asText());

        assertEquals("message_not_in_streaming_state",
                call("chat.appendStream", Map.of("channel", dm, "ts", stream, "markdown_text", "more")).get("error").asText());
        assertEquals("message_not_found",
                call("chat.appendStream", Map.of("channel", dm, "ts", "1.000002", "markdown_text", "x")).get("error").asText());
        assertEquals("invalid_chunks", call("chat.startStream", Map.of("channel", dm,
                "chunks", "[{\"type\":\"poem\"}]")).get("error").asText());
        String general = slack.channelId("general");
        assertEquals("missing_recipient_user_id",
                call("chat.startStream", Map.of("channel", general, "markdown_text", "hi")).get("error").asText());
        JsonNode inChannel = call("chat.startStream", Map.of("channel", general, "markdown_text", "hi",
                "recipient_user_id", slack.userId("alan"), "recipient_team_id", slack.slack.get("teamId").asText()));
        assertTrue(inChannel.get("ok").asBoolean(), inChannel.toString());
        String posted = SlackFixture.json(slack.admin("POST", "/messages",
                Map.of("as", "alan", "channel", general, "text", "mine"))).get("ts").asText();
        assertEquals("message_not_owned_by_app",
                call("chat.appendStream", Map.of("channel", general, "ts", posted, "markdown_text", "x")).get("error").asText());
    }

    /** A Web API call with the bot token, as a form (Slack's own encoding). */
    private static JsonNode call(String method, Map<String, String> args) {
        Map<String, String> form = new LinkedHashMap<>(args);
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = slack.post(slack.baseUrl() + method, "application/x-www-form-urlencoded", body,
                "Authorization", "Bearer " + slack.slack.get("botToken").asText());
        assertEquals(200, r.statusCode(), r.body());
        return SlackFixture.json(r);
    }
}
