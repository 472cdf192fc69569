package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.Message;
import dev.dtu.twins.slack.SlackFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK's {@code methods.filesUploadV2}: files.getUploadURLExternal, the bytes POSTed to the
 * upload URL, files.completeUploadExternal, all against the twin.
 */
class FilesUploadV2SdkTest {
    static SlackFixture slack;
    static MethodsClient bot;
    static String general;

    @BeforeAll
    static void universe() throws Exception {
        slack = SlackFixture.universe();
        bot = slack.bot();
        general = slack.channelId("general");
        assertTrue(bot.conversationsJoin(r -> r.channel(general)).isOk());
    }

    @Test
    void filesUploadV2SharesATextFileInAChannel() throws Exception {
        FilesUploadV2Response uploaded = bot.filesUploadV2(r -> r.channel(general).filename("report.txt")
                .title("Daily report").content("all green\n").initialComment("today's report"));
        assertTrue(uploaded.isOk(), uploaded.getError());
        assertNotNull(uploaded.getFile());
        String id = uploaded.getFile().getId();

        var info = bot.filesInfo(r -> r.file(id));
        assertTrue(info.isOk(), info.getError());
        assertEquals("report.txt", info.getFile().getName());
        assertEquals("Daily report", info.getFile().getTitle());
        assertEquals("all green\n", info.getContent());
        assertEquals("all green\n".getBytes(StandardCharsets.UTF_8).length, info.getFile().getSize());
        assertEquals(List.of(general), info.getFile().getChannels());

        Message latest = bot.conversationsHistory(r -> r.channel(general).limit(1)).getMessages().get(0);
        assertEquals("today's report", latest.getText());
        assertEquals(1, latest.getFiles().size());
        assertEquals(id, latest.getFiles().get(0).getId());
        assertEquals("Daily report", latest.getFiles().get(0).getTitle());
    }

    @Test
    void filesUploadV2TakesSeveralFilesAndBytes() throws Exception {
        FilesUploadV2Response uploaded = bot.filesUploadV2(r -> r.channel(general).uploadFiles(List.of(
                FilesUploadV2Request.UploadFile.builder().filename("a.csv").title("A")
                        .fileData("x,y\n".getBytes(StandardCharsets.UTF_8)).build(),
                FilesUploadV2Request.UploadFile.builder().filename("b.json").content("{}").build())));
        assertTrue(uploaded.isOk(), uploaded.getError());
        assertEquals(2, uploaded.getFiles().size());
        Message latest = bot.conversationsHistory(r -> r.channel(general).limit(1)).getMessages().get(0);
        assertEquals(2, latest.getFiles().size());
        assertEquals("csv", latest.getFiles().get(0).getFiletype());
    }

    /** Shared in two channels: each one's newest message carries the files (files_Test#filesUploadV2_channels). */
    @Test
    void filesUploadV2SharesInEachChannelGiven() throws Exception {
        String random = slack.channelId("random");
        assertTrue(bot.conversationsJoin(r -> r.channel(random)).isOk());
        FilesUploadV2Response uploaded = bot.filesUploadV2(r -> r.content("x").title("sample.txt").filename("sample.txt")
                .snippetType("text").channels(List.of(general, random)).initialComment("Here you are :wave:"));
        assertTrue(uploaded.isOk(), uploaded.getError());
        for (String channel : List.of(general, random)) {
            Message latest = bot.conversationsHistory(r -> r.channel(channel).limit(1)).getMessages().get(0);
            assertNotNull(latest.getFiles(), channel + ": " + latest);
            assertEquals(uploaded.getFile().getId(), latest.getFiles().get(0).getId());
        }
    }
}
