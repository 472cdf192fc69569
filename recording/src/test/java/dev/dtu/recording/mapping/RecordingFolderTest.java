package dev.dtu.recording.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingFolderTest {
    @TempDir
    Path dir;

    private void mapping(String name, String json) throws IOException {
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings").resolve(name), json);
    }

    @Test
    void readsWireMocksOwnShapesManyMappingsPerFileUrlPathAndBodyFiles() throws IOException {
        mapping("a.json", """
                {"mappings": [
                  {"request": {"method": "GET", "urlPath": "/api/v1/users", "queryParameters": {"limit": {"equalTo": "2"}}},
                   "response": {"status": 200, "bodyFileName": "users.json", "headers": {"Link": ["<a>; rel=\\"self\\"", "<b>; rel=\\"next\\""]}}},
                  {"request": {"method": "POST", "url": "/api/chat.postMessage",
                               "bodyPatterns": [{"equalToJson": {"channel": "C1", "text": "hi"}}]},
                   "response": {"status": 200, "jsonBody": {"ok": true}}},
                  {"request": {"method": "GET", "urlPathPattern": "/rest/api/3/issue/.*"}, "response": {"status": 200}}
                ]}""");
        Files.createDirectories(dir.resolve("__files"));
        Files.writeString(dir.resolve("__files/users.json"), "[{\"id\":\"00u1\"}]");
        Recordings r = RecordingFolder.read(dir, null);
        assertEquals(2, r.exchanges().size());
        Exchange users = r.exchanges().get(0);
        assertEquals(Vendor.OKTA, users.vendor());
        assertEquals("2", users.queryParam("limit").orElseThrow());
        assertEquals("00u1", users.json().get(0).path("id").asText());
        assertEquals(2, users.responseHeaders().get("Link").size());
        assertEquals("{\"channel\":\"C1\",\"text\":\"hi\"}", new String(r.exchanges().get(1).requestBody()));
        assertEquals(1, r.skipped().size(), "a pattern cannot be replayed");
    }

    @Test
    void aCorruptFileIsNamed() throws IOException {
        mapping("0001-good.json", "{\"request\":{\"url\":\"/api/users.list\"},\"response\":{\"status\":200}}");
        mapping("0002-broken.json", "{\"request\": {\"url\": ");
        RecordingException e = assertThrows(RecordingException.class, () -> RecordingFolder.read(dir, null));
        assertTrue(e.getMessage().contains("0002-broken.json"), e.getMessage());
    }

    @Test
    void aMissingBodyFileIsNamedWithItsMapping() throws IOException {
        mapping("m.json", "{\"request\":{\"url\":\"/api/users.list\"},\"response\":{\"bodyFileName\":\"gone.json\"}}");
        RecordingException e = assertThrows(RecordingException.class, () -> RecordingFolder.read(dir, null));
        assertTrue(e.getMessage().contains("m.json") && e.getMessage().contains("gone.json"), e.getMessage());
    }

    @Test
    void recordingsOfAnUnknownVendorNeedTwin() throws IOException {
        mapping("m.json", "{\"request\":{\"method\":\"GET\",\"url\":\"/v2/things\"},\"response\":{\"status\":200}}");
        RecordingException e = assertThrows(RecordingException.class, () -> RecordingFolder.read(dir, null));
        assertTrue(e.getMessage().contains("--twin") && e.getMessage().contains("/v2/things"), e.getMessage());
        assertEquals(Vendor.JIRA, RecordingFolder.read(dir, Vendor.JIRA).exchanges().get(0).vendor());
    }
    @Test
    void twinOnlyAppliesWhereThePathNamesNoVendor() throws IOException {
        mapping("0001-slack.json", "{\"request\":{\"url\":\"/api/users.list\"},\"response\":{\"status\":200}}");
        mapping("0002-other.json", "{\"request\":{\"url\":\"/v2/things\"},\"response\":{\"status\":200}}");
        mapping("0003-tagged.json", "{\"request\":{\"url\":\"/token\"},\"response\":{\"status\":200},"
                + "\"metadata\":{\"dtu\":{\"vendor\":\"google\",\"sequence\":3}}}");
        var vendors = RecordingFolder.read(dir, Vendor.OKTA).exchanges().stream().map(Exchange::vendor).toList();
        assertEquals(java.util.List.of(Vendor.SLACK, Vendor.OKTA, Vendor.GOOGLE), vendors);
    }

    @Test
    void aWriterNeverReplacesAFileAnotherRecorderWrote() throws IOException {
        MappingWriter one = new MappingWriter(dir);
        MappingWriter two = new MappingWriter(dir);
        StubMapping first = new StubMapping("1", "1", "first", new RequestPattern("GET", "/api/users.list", null, null, null,
                null, null, null), new ResponseDefinition(200, null, null, "one", null, null), true, null);
        StubMapping second = new StubMapping("2", "2", "second", first.request(),
                new ResponseDefinition(200, null, null, "two", null, null), true, null);
        one.write("0001-slack-get-api-users.list.json", first);
        assertThrows(RecordingException.class, () -> two.write("0001-slack-get-api-users.list.json", second));
        assertTrue(Files.readString(dir.resolve("mappings/0001-slack-get-api-users.list.json")).contains("\"one\""));
        try (var files = Files.list(dir.resolve("mappings"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }
    @Test
    void queryMatchersOtherThanEqualToReplayTheirValue() throws IOException {
        mapping("q.json", """
                {"request": {"method": "GET", "urlPath": "/api/v1/users",
                   "queryParameters": {"q": {"contains": "ada"}, "filter": {"equalToIgnoreCase": "status eq \\"ACTIVE\\""},
                                       "limit": {"hasExactly": [{"equalTo": "20"}]}, "after": {"matches": "00u.*"}}},
                 "response": {"status": 200, "jsonBody": []}}""");
        Exchange e = RecordingFolder.read(dir, null).exchanges().get(0);
        assertEquals("ada", e.queryParam("q").orElseThrow());
        assertEquals("status eq \"ACTIVE\"", e.queryParam("filter").orElseThrow());
        assertEquals("20", e.queryParam("limit").orElseThrow());
        assertEquals("", e.queryParam("after").orElseThrow());
    }
}
