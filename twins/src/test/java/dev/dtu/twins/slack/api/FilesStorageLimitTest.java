package dev.dtu.twins.slack.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.universe.StorageQuota;
import dev.dtu.server.universe.UniverseInfo;
import dev.dtu.twins.Twins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A workspace's file storage is bounded (issue 15): bytes sent to the upload URL past the universe's storage
 * quota are refused (non-200, which the SDK's filesUploadV2 reports) and kept nowhere; deleting a file makes room.
 */
class FilesStorageLimitTest {
    static final DtuServer server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 8, 8 << 20)
            .withStorage(new StorageQuota(1 << 20, 64 << 20)), Twins.all()).start();

    @AfterAll
    static void close() {
        server.close();
    }

    static MethodsClient bot() {
        UniverseInfo info = server.universes().create(null, null);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(info.twins().get("slack").get("baseUrl").asText());
        return Slack.getInstance(config).methods(info.twins().get("slack").get("botToken").asText());
    }

    static FilesUploadV2Response upload(MethodsClient bot, String name, int bytes) throws Exception {
        return bot.filesUploadV2(r -> r.filename(name).fileData(new byte[bytes]));
    }

    @Test
    void uploadsPastTheStorageQuotaAreRefusedUntilAFileIsDeleted() throws Exception {
        MethodsClient bot = bot();
        FilesUploadV2Response first = upload(bot, "first.bin", 600 << 10);
        assertTrue(first.isOk(), first.getError());
        SlackFilesUploadV2Exception refused = assertThrows(SlackFilesUploadV2Exception.class,
                () -> upload(bot, "second.bin", 600 << 10));
        var answer = refused.getUploadResponses().values().iterator().next();
        assertEquals(413, answer.getCode());
        assertEquals("storage_limit_reached", answer.getBody());
        assertTrue(bot.filesDelete(r -> r.file(first.getFile().getId())).isOk());
        FilesUploadV2Response second = upload(bot, "second.bin", 600 << 10);
        assertTrue(second.isOk(), second.getError());
        assertEquals(600 << 10, bot.filesInfo(r -> r.file(second.getFile().getId())).getFile().getSize());
    }
}
