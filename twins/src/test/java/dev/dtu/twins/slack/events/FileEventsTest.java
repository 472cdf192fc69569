package dev.dtu.twins.slack.events;

import static dev.dtu.twins.slack.events.AppReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import com.slack.api.SlackConfig;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.model.event.FileCreatedEvent;
import com.slack.api.model.event.FileSharedEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.util.json.GsonFactory;
import dev.dtu.server.universe.Settings;
import dev.dtu.twins.slack.SlackFixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events a file upload sends to the app: file_created (to the uploader: the app hears of its bot's files),
 * the file_share message and file_shared (to the app when its bot is in the conversation).
 */
class FileEventsTest {
    static SlackFixture slack;
    static AppReceiver app;
    /** The official SDK's event models, failing on any field they do not know. */
    static final Gson STRICT;

    static {
        SlackConfig config = new SlackConfig();
        config.setFailOnUnknownProperties(true);
        STRICT = GsonFactory.createSnakeCase(config);
    }

    @BeforeAll
    static void setUp() throws Exception {
        slack = SlackFixture.universe();
        SlackFixture.server().universes().setSettings(slack.universeId, new Settings(false, 0.001, 10_000));
        app = new AppReceiver(slack.slack.get("signingSecret").asText());
        HttpResponse<String> configured = slack.admin("PUT", "/app", Map.of("eventRequestUrl", app.url("/events")));
        assertEquals(200, configured.statusCode(), configured.body());
    }

    @AfterAll
    static void tearDown() {
        app.close();
    }

    @Test
    void aPersonsUploadIntoTheBotsChannelSendsTheFileShareMessageAndFileShared() throws Exception {
        String support = slack.channelId("support");
        String grace = slack.userId("grace");
        String file = uploadAs("grace", "crash.log", "NullPointerException", Map.of("channel_id", support,
                "initial_comment", "crash log from Acme"));

        AppReceiver.Received message = one(e -> e.path("subtype").asText().equals("file_share")
                && e.at("/files/0/id").asText().equals(file));
        assertTrue(message.signatureValid());
        JsonNode event = message.json().get("event");
        assertEquals("message", event.get("type").asText());
        assertEquals(grace, event.get("user").asText());
        assertEquals("crash log from Acme", event.get("text").asText());
        assertEquals(support, event.get("channel").asText());
        assertEquals("channel", event.get("channel_type").asText());
        assertTrue(event.get("upload").asBoolean());
        assertFalse(event.get("display_as_bot").asBoolean());
        assertEquals(event.get("ts").asText(), event.get("event_ts").asText());
        assertEquals(List.of(support), texts(event.at("/files/0/channels")), "the file shows where it was shared");
        assertEquals("crash.log", event.at("/files/0/name").asText());
        assertFalse(event.has("team"), event.toString());
        MessageFileShareEvent parsed = STRICT.fromJson(event.toString(), MessageFileShareEvent.class);
        assertEquals(file, parsed.getFiles().get(0).getId());

        String history = slack.bot().conversationsHistory(r -> r.channel(support).limit(1)).getMessages().get(0)
                .getTs();
        assertEquals(history, event.get("ts").asText(), "the event is for the message that carries the file");

        AppReceiver.Received shared = one(e -> e.path("type").asText().equals("file_shared")
                && e.path("file_id").asText().equals(file));
        JsonNode sharedEvent = shared.json().get("event");
        assertEquals(support, sharedEvent.get("channel_id").asText());
        assertEquals(grace, sharedEvent.get("user_id").asText());
        assertEquals(file, sharedEvent.at("/file/id").asText());
        assertTrue(sharedEvent.get("event_ts").asText().matches("\\d{10}\\.\\d{6}"), sharedEvent.toString());
        assertEquals(names("type", "channel_id", "file_id", "user_id", "file", "event_ts"), names(sharedEvent));
        FileSharedEvent parsedShared = STRICT.fromJson(sharedEvent.toString(), FileSharedEvent.class);
        assertEquals(file, parsedShared.getFile().getId());

        barrier();
        assertTrue(app.events(e -> e.path("type").asText().equals("file_created")
                && e.path("file_id").asText().equals(file)).isEmpty(), "file_created goes to the uploader only");
    }

    @Test
    void theBotsOwnUploadSendsFileCreatedToo() throws Exception {
        String engineering = slack.channelId("engineering");
        var uploaded = slack.bot().filesUploadV2(r -> r.channel(engineering).filename("build.txt").title("Build 42")
                .content("green").initialComment("nightly build"));
        assertTrue(uploaded.isOk(), uploaded.getError());
        String file = uploaded.getFile().getId();

        JsonNode created = one(e -> e.path("type").asText().equals("file_created")
                && e.path("file_id").asText().equals(file)).json().get("event");
        assertEquals(slack.botUserId(), created.get("user_id").asText());
        assertEquals(file, created.at("/file/id").asText());
        assertEquals(names("type", "file_id", "user_id", "file", "event_ts"), names(created));
        assertEquals(file, STRICT.fromJson(created.toString(), FileCreatedEvent.class).getFileId());

        JsonNode message = one(e -> e.path("subtype").asText().equals("file_share")
                && e.at("/files/0/id").asText().equals(file)).json().get("event");
        assertEquals(slack.botUserId(), message.get("user").asText());
        assertEquals("nightly build", message.get("text").asText());
        assertEquals("Build 42", message.at("/files/0/title").asText());
        JsonNode shared = one(e -> e.path("type").asText().equals("file_shared")
                && e.path("file_id").asText().equals(file)).json().get("event");
        assertEquals(engineering, shared.get("channel_id").asText());
        assertEquals(slack.botUserId(), shared.get("user_id").asText());
    }

    @Test
    void aPrivateUploadByTheBotSendsOnlyFileCreated() throws Exception {
        var uploaded = slack.bot().filesUploadV2(r -> r.filename("notes.txt").content("private"));
        assertTrue(uploaded.isOk(), uploaded.getError());
        String file = uploaded.getFile().getId();
        one(e -> e.path("type").asText().equals("file_created") && e.path("file_id").asText().equals(file));
        barrier();
        assertTrue(app.events(e -> e.path("file_id").asText().equals(file) && !e.path("type").asText()
                .equals("file_created")).isEmpty());
        assertTrue(app.events(e -> e.at("/files/0/id").asText().equals(file)).isEmpty());
    }

    @Test
    void aFileSharedInAThreadIsAReplyEventWithItsParentsUser() {
        String support = slack.channelId("support");
        HttpResponse<String> parent = slack.admin("POST", "/messages", Map.of("as", "katherine", "channel", support,
                "text", "please attach the config"));
        assertEquals(200, parent.statusCode(), parent.body());
        String threadTs = SlackFixture.json(parent).get("ts").asText();
        String file = uploadAs("grace", "app.conf", "debug=true", Map.of("channel_id", support,
                "thread_ts", threadTs));

        JsonNode message = one(e -> e.path("subtype").asText().equals("file_share")
                && e.at("/files/0/id").asText().equals(file)).json().get("event");
        assertEquals(threadTs, message.get("thread_ts").asText());
        assertEquals(slack.userId("katherine"), message.get("parent_user_id").asText());
        assertEquals(threadTs, STRICT.fromJson(message.toString(), MessageFileShareEvent.class).getThreadTs());
    }

    @Test
    void anUploadWhereTheBotIsNotSendsTheAppNothing() throws Exception {
        String random = slack.channelId("random");
        assertFalse(slack.bot().conversationsInfo(r -> r.channel(random)).getChannel().isMember());
        String file = uploadAs("grace", "kitchen.jpg", "jpeg bytes", Map.of("channel_id", random));
        barrier();
        assertTrue(app.events(e -> e.path("file_id").asText().equals(file)
                || e.at("/files/0/id").asText().equals(file)).isEmpty(), "no file events from #random");
    }

    @Test
    void completingIntoAChannelTheBotIsNotInIsNotInChannelAndChangesNothing() throws Exception {
        String random = slack.channelId("random");
        var started = slack.bot().filesGetUploadURLExternal(r -> r.filename("secret.txt").length(6));
        assertTrue(started.isOk(), started.getError());
        assertEquals(200, slack.post(started.getUploadUrl(), null, "secret").statusCode());
        JsonNode before = slack.state();

        var refused = slack.bot().filesCompleteUploadExternal(r -> r.files(List.of(details(started.getFileId())))
                .channelId(random).initialComment("should not appear"));
        assertEquals("not_in_channel", refused.getError());
        String ada = slack.userId("ada");
        var refusedWithDm = slack.bot().filesCompleteUploadExternal(r -> r.files(List.of(details(
                started.getFileId()))).channels(List.of(ada, random)));
        assertEquals("not_in_channel", refusedWithDm.getError(), "no DM is left opened by a refused share");
        var privateChannel = slack.bot().filesCompleteUploadExternal(r -> r.files(List.of(details(
                started.getFileId()))).channelId(slack.channelId("leadership")));
        assertEquals("channel_not_found", privateChannel.getError());
        assertEquals(before, slack.state());

        barrier();
        assertTrue(app.events(e -> e.path("file_id").asText().equals(started.getFileId())
                || e.at("/files/0/id").asText().equals(started.getFileId())).isEmpty());
        assertEquals("file_not_found", slack.bot().filesInfo(r -> r.file(started.getFileId())).getError());
    }

    /** Uploads as a seeded person through the admin API: the upload URL, the bytes, then the completion. */
    private static String uploadAs(String person, String name, String content, Map<String, String> share) {
        HttpResponse<String> started = slack.admin("POST", "/as/" + person + "/files.getUploadURLExternal",
                Map.of("filename", name, "length", content.length()));
        assertEquals(200, started.statusCode(), started.body());
        JsonNode body = SlackFixture.json(started);
        assertTrue(body.get("ok").asBoolean(), started.body());
        String file = body.get("file_id").asText();
        String twinUrl = slack.baseUrl().substring(0, slack.baseUrl().length() - "api/".length());
        assertTrue(body.get("upload_url").asText().startsWith(twinUrl), "the twin's upload URL, not the admin API's");
        assertEquals(200, slack.post(body.get("upload_url").asText(), null, content).statusCode(), body.toString());
        Map<String, Object> args = new LinkedHashMap<>(share);
        args.put("files", List.of(Map.of("id", file, "title", name)));
        HttpResponse<String> done = slack.admin("POST", "/as/" + person + "/files.completeUploadExternal", args);
        assertTrue(SlackFixture.json(done).get("ok").asBoolean(), done.body());
        return file;
    }

    /**
     * Deliveries are asynchronous: before asserting that an event never came, a later event is awaited, so
     * anything sent for the earlier requests has had its chance to arrive.
     */
    private static void barrier() {
        HttpResponse<String> posted = slack.admin("POST", "/messages", Map.of("as", "ada",
                "channel", "#engineering", "text", "barrier"));
        String ts = SlackFixture.json(posted).get("ts").asText();
        one(e -> e.path("type").asText().equals("message") && e.path("ts").asText().equals(ts));
    }

    private static AppReceiver.Received one(Predicate<JsonNode> which) {
        return await(() -> app.events(which), l -> !l.isEmpty()).get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> names(String... names) {
        return new TreeSet<>(List.of(names));
    }

    private static Set<String> names(JsonNode o) {
        Set<String> out = new TreeSet<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static FileDetails details(String id) {
        FileDetails d = new FileDetails();
        d.setId(id);
        return d;
    }
}
