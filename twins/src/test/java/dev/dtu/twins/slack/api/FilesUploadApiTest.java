package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.model.Message;
import dev.dtu.server.http.Json;
import dev.dtu.twins.slack.SlackFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** files.getUploadURLExternal, the upload URL and files.completeUploadExternal through the official Java SDK. */
class FilesUploadApiTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static MethodsClient user;
    static String general;
    static String elsewhere;

    @BeforeAll
    static void universe() throws Exception {
        slack = SlackFixture.universe();
        bot = slack.bot();
        user = slack.user();
        general = slack.channelId("general");
        assertTrue(bot.conversationsJoin(r -> r.channel(general)).isOk());
    }

    private static FilesGetUploadURLExternalResponse begin(MethodsClient client, String name, int length)
            throws Exception {
        FilesGetUploadURLExternalResponse r = client.filesGetUploadURLExternal(x -> x.filename(name).length(length));
        assertTrue(r.isOk(), r.getError());
        return r;
    }

    @Test
    void uploadUrlPointsIntoThisUniverseAndTakesTheRawBytes() throws Exception {
        var started = begin(bot, "notes.txt", 11);
        assertTrue(started.getFileId().matches("F[0-9A-Z]{9}"), started.getFileId());
        String twinBase = slack.baseUrl().substring(0, slack.baseUrl().length() - "/api/".length());
        assertTrue(started.getUploadUrl().startsWith(twinBase + "/"), started.getUploadUrl());

        var uploaded = slack.post(started.getUploadUrl(), null, "hello files");
        assertEquals(200, uploaded.statusCode());
        assertEquals("OK - 11", uploaded.body());

        var done = bot.filesCompleteUploadExternal(r -> r.files(List.of(details(started.getFileId(), "Notes")))
                .channelId(general).initialComment("see attached"));
        assertTrue(done.isOk(), done.getError());
        assertEquals(started.getFileId(), done.getFiles().get(0).getId());
        assertEquals("Notes", done.getFiles().get(0).getTitle());
        // complete file objects, as Slack's own SDK tests expect of files.completeUploadExternal
        assertEquals("notes.txt", done.getFiles().get(0).getName());
        assertEquals("text/plain", done.getFiles().get(0).getMimetype());
        assertTrue(done.getFiles().get(0).getPermalink().startsWith("https://"), done.getFiles().get(0).getPermalink());
        assertEquals(List.of(general), done.getFiles().get(0).getChannels());

        Message latest = bot.conversationsHistory(r -> r.channel(general).limit(1)).getMessages().get(0);
        assertEquals("see attached", latest.getText());
        assertEquals(started.getFileId(), latest.getFiles().get(0).getId());
        assertEquals("notes.txt", latest.getFiles().get(0).getName());
        assertEquals(slack.botUserId(), latest.getUser());

        var info = bot.filesInfo(r -> r.file(started.getFileId()));
        assertTrue(info.isOk(), info.getError());
        assertEquals("hello files", info.getContent());
        assertEquals(11, info.getFile().getSize());
        assertEquals("text", info.getFile().getFiletype());
        assertEquals(List.of(general), info.getFile().getChannels());
        var download = slack.get(info.getFile().getUrlPrivate(), "Authorization", "Bearer "
                + slack.slack.get("botToken").asText());
        assertEquals(200, download.statusCode());
        assertEquals("hello files", download.body());
        assertEquals(404, slack.get(info.getFile().getUrlPrivate()).statusCode());
    }

    @Test
    void uploadUrlTakesAMultipartFormToo() throws Exception {
        var started = begin(user, "data.csv", 7);
        String boundary = "xyzBOUNDARY";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"filename\"\r\n\r\ndata.csv\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\na,b\n1,2\r\n--" + boundary + "--\r\n";
        var uploaded = slack.post(started.getUploadUrl(), "multipart/form-data; boundary=" + boundary, body);
        assertEquals("OK - 7", uploaded.body());
        assertTrue(user.filesCompleteUploadExternal(r -> r.files(List.of(details(started.getFileId(), null))))
                .isOk());
        var info = user.filesInfo(r -> r.file(started.getFileId()));
        assertEquals("a,b\n1,2", info.getContent());
        assertEquals("csv", info.getFile().getFiletype());
        assertEquals("data.csv", info.getFile().getTitle());
        assertTrue(info.getFile().getChannels().isEmpty(), "not shared without a channel");
    }

    @Test
    void aPersonActedThroughTheAdminApiUploadsToTheTwinsUploadUrl() throws Exception {
        String twinBase = slack.baseUrl().substring(0, slack.baseUrl().length() - "/api/".length());
        JsonNode started = SlackFixture.json(slack.admin("POST", "/as/grace/files.getUploadURLExternal",
                Map.of("filename", "minutes.txt", "length", 5)));
        assertTrue(started.path("ok").asBoolean(), started.toString());
        assertTrue(started.get("upload_url").asText().startsWith(twinBase + "/upload/"), started.toString());
        assertEquals("OK - 5", slack.post(started.get("upload_url").asText(), null, "notes").body());
        String id = started.get("file_id").asText();
        JsonNode done = SlackFixture.json(slack.admin("POST", "/as/grace/files.completeUploadExternal",
                Map.of("files", List.of(Map.of("id", id)), "channel_id", general)));
        assertTrue(done.path("ok").asBoolean(), done.toString());

        var info = bot.filesInfo(r -> r.file(id));
        assertEquals("notes", info.getContent());
        assertEquals(slack.userId("grace"), info.getFile().getUser());
        assertTrue(info.getFile().getUrlPrivate().startsWith(twinBase + "/files-pri/"), info.getFile().getUrlPrivate());
    }

    @Test
    void uploadsToUnknownFilesAreRefused() {
        String twinBase = slack.baseUrl().substring(0, slack.baseUrl().length() - "/api/".length());
        assertEquals(404, slack.post(twinBase + "/upload/v1/F000000ZZZ", null, "x").statusCode());
    }

    @Test
    void aFileSharedInAThreadIsAReply() throws Exception {
        String parent = bot.chatPostMessage(r -> r.channel(general).text("logs please")).getTs();
        var started = begin(bot, "app.log", 3);
        slack.post(started.getUploadUrl(), null, "ERR");
        var done = bot.filesCompleteUploadExternal(r -> r.files(List.of(details(started.getFileId(), "log")))
                .channelId(general).threadTs(parent));
        assertTrue(done.isOk(), done.getError());
        var replies = bot.conversationsReplies(r -> r.channel(general).ts(parent));
        assertEquals(2, replies.getMessages().size());
        assertEquals(started.getFileId(), replies.getMessages().get(1).getFiles().get(0).getId());
        assertEquals(1, replies.getMessages().get(0).getReplyCount());
    }

    @Test
    void theSharingMessageSaysTheBlocksUnlessThereIsAnInitialComment() throws Exception {
        // https://docs.slack.dev/reference/methods/files.completeUploadExternal: "If the initial_comment field is
        // provided, the blocks field is ignored". The Java SDK sends no blocks, so these calls are raw forms.
        String blocks = "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*nightly* build\"}}]";
        var withBlocks = begin(bot, "nightly.log", 2);
        slack.post(withBlocks.getUploadUrl(), null, "ok");
        JsonNode done = complete("files=" + form("[{\"id\":\"" + withBlocks.getFileId() + "\"}]")
                + "&channel_id=" + general + "&blocks=" + form(blocks));
        assertTrue(done.path("ok").asBoolean(), done.toString());
        JsonNode latest = latestIn(general);
        assertEquals(Json.parse(blocks.getBytes(StandardCharsets.UTF_8)), latest.path("blocks"), latest.toString());
        assertEquals(withBlocks.getFileId(), latest.path("files").path(0).path("id").asText());

        var withComment = begin(bot, "nightly2.log", 2);
        slack.post(withComment.getUploadUrl(), null, "ok");
        done = complete("files=" + form("[{\"id\":\"" + withComment.getFileId() + "\"}]")
                + "&channel_id=" + general + "&initial_comment=see+the+log&blocks=" + form(blocks));
        assertTrue(done.path("ok").asBoolean(), done.toString());
        latest = latestIn(general);
        assertEquals("see the log", latest.path("text").asText());
        assertTrue(latest.path("blocks").isMissingNode(), latest.toString());

        var badBlocks = begin(bot, "nightly3.log", 2);
        slack.post(badBlocks.getUploadUrl(), null, "ok");
        String files = "files=" + form("[{\"id\":\"" + badBlocks.getFileId() + "\"}]") + "&channel_id=" + general;
        assertEquals("invalid_blocks_format", complete(files + "&blocks=nope").path("error").asText());
        assertTrue(complete(files).path("ok").asBoolean(), "the refused call left the file pending");
    }

    private static JsonNode complete(String form) {
        return SlackFixture.json(slack.post(slack.baseUrl() + "files.completeUploadExternal",
                "application/x-www-form-urlencoded", form,
                "Authorization", "Bearer " + slack.slack.get("botToken").asText()));
    }

    private static JsonNode latestIn(String channel) {
        return SlackFixture.json(slack.get(slack.baseUrl() + "conversations.history?limit=1&channel=" + channel,
                "Authorization", "Bearer " + slack.slack.get("botToken").asText())).path("messages").path(0);
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void badInputGetsSlacksErrors() throws Exception {
        assertEquals("invalid_arguments", bot.filesGetUploadURLExternal(r -> r.length(3)).getError());
        assertEquals("invalid_arguments", bot.filesGetUploadURLExternal(r -> r.filename("a.txt")).getError());
        assertEquals("invalid_arguments", bot.filesGetUploadURLExternal(r -> r.filename("a.txt").length(0))
                .getError());

        assertEquals("invalid_arguments", bot.filesCompleteUploadExternal(r -> r).getError());
        JsonNode notJson = SlackFixture.json(slack.post(slack.baseUrl() + "files.completeUploadExternal",
                "application/x-www-form-urlencoded", "files=%5Bnope",
                "Authorization", "Bearer " + slack.slack.get("botToken").asText()));
        assertEquals("invalid_arguments", notJson.path("error").asText(), notJson.toString());
        assertEquals("file_not_found", bot.filesCompleteUploadExternal(r -> r.files(List.of(
                details("F000000ZZZ", "x")))).getError());

        var neverUploaded = begin(bot, "empty.txt", 4);
        assertEquals("file_not_found", bot.filesCompleteUploadExternal(r -> r.files(List.of(
                details(neverUploaded.getFileId(), "x")))).getError());

        var someone = begin(user, "theirs.txt", 2);
        slack.post(someone.getUploadUrl(), null, "hi");
        assertEquals("file_not_found", bot.filesCompleteUploadExternal(r -> r.files(List.of(
                details(someone.getFileId(), "x")))).getError(), "only the uploader completes");

        var started = begin(bot, "ok.txt", 2);
        slack.post(started.getUploadUrl(), null, "ok");
        assertEquals("channel_not_found", bot.filesCompleteUploadExternal(r -> r.files(List.of(
                details(started.getFileId(), "x"))).channelId("C000000ZZZ")).getError());
        String elsewhereId = notJoined();
        assertEquals("not_in_channel", bot.filesCompleteUploadExternal(r -> r.files(List.of(
                details(started.getFileId(), "x"))).channelId(elsewhereId)).getError());
        var failed = bot.filesInfo(r -> r.file(started.getFileId()));
        assertEquals("file_not_found", failed.getError(), "a failed completion leaves the file pending");
        assertTrue(bot.filesCompleteUploadExternal(r -> r.files(List.of(details(started.getFileId(), "x")))
                .channelId(general)).isOk());

        assertEquals("invalid_auth", slack.sdk.methods("xoxb-not-a-token").filesGetUploadURLExternal(
                r -> r.filename("a.txt").length(1)).getError());
        JsonNode anonymous = SlackFixture.json(slack.post(slack.baseUrl() + "files.getUploadURLExternal",
                "application/x-www-form-urlencoded", "filename=a.txt&length=1"));
        assertEquals("not_authed", anonymous.path("error").asText());
    }

    @Test
    void withoutFilesWriteTheScopeIsMissing() throws Exception {
        SlackFixture initech = SlackFixture.withBotScopes("files:read");
        var denied = initech.bot().filesGetUploadURLExternal(r -> r.filename("a.txt").length(1));
        assertEquals("missing_scope", denied.getError());
        assertEquals("files:write", denied.getNeeded());
        assertFalse(initech.bot().filesCompleteUploadExternal(r -> r.files(List.of(details("F1", "x")))).isOk());
        assertTrue(initech.bot().filesList(r -> r).isOk());
    }

    private static String notJoined() throws Exception {
        if (elsewhere == null) {
            var created = user.conversationsCreate(r -> r.name("files-elsewhere"));
            assertTrue(created.isOk(), created.getError());
            elsewhere = created.getChannel().getId();
        }
        return elsewhere;
    }

    static FileDetails details(String id, String title) {
        FileDetails d = new FileDetails();
        d.setId(id);
        d.setTitle(title);
        return d;
    }
}
