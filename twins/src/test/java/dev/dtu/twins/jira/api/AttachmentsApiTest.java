package dev.dtu.twins.jira.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.http.Json;
import dev.dtu.twins.jira.JiraServerTest;
import dev.dtu.twins.jira.JiraSite;
import dev.dtu.twins.jira.OpenApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Issue attachments: multipart upload with the XSRF header, metadata, bytes back unchanged, archives, delete. */
class AttachmentsApiTest extends JiraServerTest {
    static final String BOUNDARY = "dtu-test-boundary";
    JiraSite site = JiraSite.create(server);
    HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> upload(String issue, boolean token, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.base + "/rest/api/3/issue/" + issue + "/attachments"))
                .header("Authorization", site.auth()).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token) {
            b.header("X-Atlassian-Token", "no-check");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(site.base + path)).header("Authorization", site.auth()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] multipart(String name, String filename, String type, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void anUploadIsDescribedListedOnTheIssueReadBackUnchangedAndDeleted() throws Exception {
        byte[] bytes = "naïve text — ✓".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = upload("SUP-1", true, multipart("file", "note.txt", "application/octet-stream", bytes));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        JsonNode made = Json.parse(r.body()).get(0);
        assertTrue(OpenApi.problems("Attachment", made).isEmpty(), made.toString());
        assertEquals("text/plain", made.path("mimeType").asText(), "a generic type is guessed from the name");
        assertEquals(bytes.length, made.path("size").asInt());
        String id = made.path("id").asText();

        JsonNode meta = Json.parse(get("/rest/api/3/attachment/" + id).body());
        assertTrue(OpenApi.problems("AttachmentMetadata", meta).isEmpty(), meta.toString());
        assertTrue(meta.path("id").isNumber());
        assertArrayEquals(bytes, get("/rest/api/3/attachment/content/" + id).body());
        JsonNode listed = site.get("/rest/api/3/issue/SUP-1?fields=attachment").json().path("fields").path("attachment");
        assertEquals("note.txt", listed.get(0).path("filename").asText(), listed.toString());
        assertEquals(404, get("/rest/api/3/attachment/thumbnail/" + id).statusCode(), "only images have thumbnails");

        assertEquals(204, site.send("DELETE", "/rest/api/3/attachment/" + id, null).status());
        assertEquals(404, get("/rest/api/3/attachment/" + id).statusCode());
        assertEquals(404, get("/rest/api/3/attachment/content/" + id).statusCode());
    }

    @Test
    void aZipArchiveListsItsEntries() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write("hello".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        String id = Json.parse(upload("SUP-1", true, multipart("file", "logs.zip", "application/zip", zip.toByteArray())).body())
                .get(0).path("id").asText();
        JsonNode raw = Json.parse(get("/rest/api/3/attachment/" + id + "/expand/raw").body());
        assertTrue(OpenApi.problems("AttachmentArchive", raw).isEmpty(), raw.toString());
        assertEquals(1, raw.path("totalEntryCount").asInt());
        assertEquals(5, raw.path("entries").get(0).path("size").asInt());
        JsonNode human = Json.parse(get("/rest/api/3/attachment/" + id + "/expand/human").body());
        assertTrue(OpenApi.problems("AttachmentArchiveMetadataReadable", human).isEmpty(), human.toString());

        String text = Json.parse(upload("SUP-1", true, multipart("file", "x.txt", "text/plain", new byte[] {1})).body())
                .get(0).path("id").asText();
        assertEquals(409, get("/rest/api/3/attachment/" + text + "/expand/raw").statusCode());
    }

    @Test
    void badInputIsJirasError() throws Exception {
        byte[] body = multipart("file", "a.txt", "text/plain", new byte[] {1});
        HttpResponse<byte[]> xsrf = upload("SUP-1", false, body);
        assertEquals(403, xsrf.statusCode());
        assertEquals("XSRF check failed", new String(xsrf.body(), StandardCharsets.UTF_8));
        assertEquals(400, upload("SUP-1", true, multipart("other", "a.txt", "text/plain", new byte[] {1})).statusCode());
        assertEquals(400, upload("SUP-1", true, "not multipart".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, upload("SUP-99999", true, body).statusCode());
        assertEquals(413, upload("SUP-1", true, multipart("file", "big.bin", null,
                new byte[(int) AttachmentsApi.UPLOAD_LIMIT + 1])).statusCode());
        assertEquals(0, site.get("/rest/api/3/issue/SUP-1?fields=attachment").json().path("fields").path("attachment").size());
        JsonNode settings = site.get("/rest/api/3/attachment/meta").json();
        assertTrue(settings.path("enabled").asBoolean());
        assertEquals(AttachmentsApi.UPLOAD_LIMIT, settings.path("uploadLimit").asLong());
        assertEquals(404, site.get("/rest/api/3/attachment/99999999").status());
    }
}
