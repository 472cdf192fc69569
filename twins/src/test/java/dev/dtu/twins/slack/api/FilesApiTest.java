package dev.dtu.twins.slack.api;

import static dev.dtu.twins.slack.api.FilesUploadApiTest.details;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.File;
import dev.dtu.twins.slack.SlackFixture;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** files.info, files.list and files.delete through the official Java SDK. */
class FilesApiTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static MethodsClient user;
    static String general;
    static String random;

    @BeforeAll
    static void universe() throws Exception {
        slack = SlackFixture.universe();
        bot = slack.bot();
        user = slack.user();
        general = slack.channelId("general");
        assertTrue(bot.conversationsJoin(r -> r.channel(general)).isOk());
        var created = user.conversationsCreate(r -> r.name("files-list"));
        random = created.getChannel().getId();
    }

    static String upload(MethodsClient client, String name, String text, String channel) throws Exception {
        var started = client.filesGetUploadURLExternal(r -> r.filename(name).length(text.length()));
        assertTrue(started.isOk(), started.getError());
        assertEquals(200, slack.post(started.getUploadUrl(), null, text).statusCode());
        var done = client.filesCompleteUploadExternal(r -> r.files(List.of(details(started.getFileId(), name)))
                .channelId(channel));
        assertTrue(done.isOk(), done.getError());
        return started.getFileId();
    }

    @Test
    void listFiltersByChannelAndUserAndPagesNewestFirst() throws Exception {
        String a = upload(bot, "a.txt", "aaa", general);
        String b = upload(user, "b.txt", "bbb", random);
        String c = upload(user, "c.txt", "ccc", general);

        var inGeneral = user.filesList(r -> r.channel(general));
        assertTrue(inGeneral.isOk(), inGeneral.getError());
        List<String> ids = inGeneral.getFiles().stream().map(File::getId).toList();
        assertTrue(ids.containsAll(List.of(a, c)) && !ids.contains(b), ids.toString());
        assertTrue(ids.indexOf(c) < ids.indexOf(a), "newest first: " + ids);

        String userId = user.authTest(r -> r).getUserId();
        List<String> mine = user.filesList(r -> r.user(userId)).getFiles().stream().map(File::getId).toList();
        assertTrue(mine.containsAll(List.of(b, c)) && !mine.contains(a), mine.toString());

        var page1 = user.filesList(r -> r.count(2).page(1));
        assertEquals(2, page1.getFiles().size());
        assertEquals(2, page1.getPaging().getCount());
        int total = page1.getPaging().getTotal();
        assertTrue(total >= 3);
        Set<String> seen = new HashSet<>();
        for (int p = 1; p <= page1.getPaging().getPages(); p++) {
            int page = p;
            user.filesList(r -> r.count(2).page(page)).getFiles().forEach(f -> seen.add(f.getId()));
        }
        assertEquals(total, seen.size());

        assertEquals("channel_not_found", user.filesList(r -> r.channel("C000000ZZZ")).getError());
        assertEquals("user_not_found", user.filesList(r -> r.user("U000000ZZZ")).getError());
    }

    @Test
    void listTakesCursorsLikeTheOtherLists() throws Exception {
        upload(bot, "d.txt", "d", general);
        upload(bot, "e.txt", "e", general);
        String token = slack.slack.get("botToken").asText();
        List<String> ids = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = SlackFixture.json(slack.get(slack.baseUrl() + "files.list?limit=1&cursor=" + cursor,
                    "Authorization", "Bearer " + token));
            assertTrue(page.path("ok").asBoolean(), page.toString());
            page.path("files").forEach(f -> ids.add(f.path("id").asText()));
            cursor = page.path("response_metadata").path("next_cursor").asText();
        } while (!cursor.isEmpty() && ids.size() < 100);
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertEquals(bot.filesList(r -> r.count(1000)).getPaging().getTotal(), ids.size());
        JsonNode bad = SlackFixture.json(slack.get(slack.baseUrl() + "files.list?cursor=nope",
                "Authorization", "Bearer " + token));
        assertEquals("invalid_cursor", bad.path("error").asText());
    }

    @Test
    void infoShowsWhatTheCallerMaySee() throws Exception {
        String shared = upload(bot, "shared.txt", "shared", general);
        var info = user.filesInfo(r -> r.file(shared));
        assertTrue(info.isOk(), info.getError());
        assertEquals("shared.txt", info.getFile().getName());
        assertEquals(slack.botUserId(), info.getFile().getUser());
        assertEquals("text/plain", info.getFile().getMimetype());

        var started = bot.filesGetUploadURLExternal(r -> r.filename("private.txt").length(1));
        slack.post(started.getUploadUrl(), null, "p");
        bot.filesCompleteUploadExternal(r -> r.files(List.of(details(started.getFileId(), "p"))));
        assertTrue(bot.filesInfo(r -> r.file(started.getFileId())).isOk());
        assertEquals("file_not_found", user.filesInfo(r -> r.file(started.getFileId())).getError(),
                "an unshared file is its uploader's only");
        assertEquals("file_not_found", user.filesInfo(r -> r.file("F000000ZZZ")).getError());
        assertEquals("file_not_found", user.filesInfo(r -> r).getError());
    }

    @Test
    void deleteIsTheUploadersAndLeavesATombstone() throws Exception {
        String id = upload(bot, "gone.txt", "gone", general);
        String download = bot.filesInfo(r -> r.file(id)).getFile().getUrlPrivate();
        assertEquals("cant_delete_file", user.filesDelete(r -> r.file(id)).getError());
        assertTrue(bot.filesDelete(r -> r.file(id)).isOk());
        // https://docs.slack.dev/reference/methods/files.info and .../files.delete: file_deleted
        assertEquals("file_deleted", bot.filesInfo(r -> r.file(id)).getError());
        assertEquals("file_deleted", user.filesInfo(r -> r.file(id)).getError(), "for whoever could see it");
        assertEquals("file_deleted", bot.filesDelete(r -> r.file(id)).getError());
        assertEquals("file_not_found", bot.filesDelete(r -> r).getError());
        assertEquals(404, slack.get(download, "Authorization", "Bearer " + slack.slack.get("botToken").asText())
                .statusCode(), "its bytes are gone");
        var history = bot.conversationsHistory(r -> r.channel(general));
        assertTrue(history.isOk(), history.getError());
        File tomb = history.getMessages().stream().filter(m -> m.getFiles() != null)
                .flatMap(m -> m.getFiles().stream()).filter(f -> f.getId().equals(id)).findFirst().orElseThrow();
        assertEquals("tombstone", tomb.getMode());
        assertTrue(bot.filesList(r -> r).getFiles().stream().noneMatch(f -> f.getId().equals(id)));
    }

    @Test
    void aDeletedFileTheCallerNeverSawIsStillNotFound() throws Exception {
        var started = bot.filesGetUploadURLExternal(r -> r.filename("unshared.txt").length(1));
        slack.post(started.getUploadUrl(), null, "u");
        assertTrue(bot.filesCompleteUploadExternal(r -> r.files(List.of(details(started.getFileId(), "u"))))
                .isOk());
        assertTrue(bot.filesDelete(r -> r.file(started.getFileId())).isOk());
        assertEquals("file_not_found", user.filesInfo(r -> r.file(started.getFileId())).getError());
        assertEquals("file_deleted", bot.filesInfo(r -> r.file(started.getFileId())).getError());
    }
}
