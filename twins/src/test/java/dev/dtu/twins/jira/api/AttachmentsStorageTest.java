package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.http.Json;
import dev.dtu.server.universe.StorageQuota;
import dev.dtu.twins.Twins;
import dev.dtu.twins.jira.JiraSite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A site's attachment storage is bounded (issue 15): past the universe's quota an upload is Jira's 413 and stores nothing. */
class AttachmentsStorageTest {
    static final DtuServer server = new DtuServer(new ServerConfig("127.0.0.1", 0, null, 8, 8 << 20)
            .withStorage(new StorageQuota(1 << 20, 64 << 20)), Twins.all()).start();
    final JiraSite site = JiraSite.create(server);

    @AfterAll
    static void close() {
        server.close();
    }

    HttpResponse<String> attach(int bytes) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.base
                        + "/rest/api/3/issue/SUP-1/attachments")).header("Authorization", site.auth())
                .header("X-Atlassian-Token", "no-check")
                .header("Content-Type", "multipart/form-data; boundary=" + AttachmentsApiTest.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(AttachmentsApiTest.multipart("file", "log.bin",
                        "application/octet-stream", new byte[bytes]))).build(), HttpResponse.BodyHandlers.ofString());
    }

    int attachments() {
        return site.get("/rest/api/3/issue/SUP-1?fields=attachment").json().path("fields").path("attachment").size();
    }

    @Test
    void anAttachmentPastTheQuotaIs413AndStoresNothingUntilOneIsDeleted() throws Exception {
        HttpResponse<String> first = attach(600 << 10);
        assertEquals(200, first.statusCode(), first.body());
        int before = attachments();
        HttpResponse<String> refused = attach(600 << 10);
        assertEquals(413, refused.statusCode(), refused.body());
        JsonNode body = Json.parse(refused.body().getBytes());
        assertTrue(body.path("errorMessages").path(0).asText().contains("storage"), refused.body());
        assertTrue(body.path("errors").isObject());
        assertEquals(before, attachments());
        String id = Json.parse(first.body().getBytes()).path(0).path("id").asText();
        assertEquals(204, site.send("DELETE", "/rest/api/3/attachment/" + id, null).status());
        assertEquals(200, attach(600 << 10).statusCode());
    }
}
