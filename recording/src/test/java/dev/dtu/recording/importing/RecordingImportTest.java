package dev.dtu.recording.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.recording.RecordingException;
import dev.dtu.recording.Vendor;
import dev.dtu.recording.mapping.Exchange;
import dev.dtu.recording.mapping.RecordingFolder;
import dev.dtu.recording.redact.Placeholders;
import dev.dtu.recording.redact.Redactor;
import dev.dtu.server.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dtu record import} of VCR cassettes (Ruby and vcrpy), HAR and nock, from the fixtures in resources/imports. */
class RecordingImportTest {
    private static final List<String> SECRETS = List.of("AIzaSyA-synthetic-key-0001", "a0synthetic-access-token-0001",
            "a0synthetic-access-token-0002", "a0synthetic-access-token-0003", "GOCSPX-synthetic-secret-0001",
            "synthetic-refresh-0001", "eyJhbGciOiJIUzI1NiJ9", "synthetic-xsrf-0001",
            "bWlhQGV4YW1wbGUuY29tOkFUQVRUM3hGZkdGMHN5bnRoZXRpYw==", "xoxb-1111-2222-synthetictoken");

    @TempDir
    Path tmp;
    final RecordingImport importer = new RecordingImport(new Redactor(new Placeholders(), false));

    static Path fixture(String name) {
        try {
            return Path.of(RecordingImportTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Exchange> imported(String fixture, Vendor twin) {
        Path out = tmp.resolve("rec-" + fixture);
        importer.run(fixture(fixture), out, null, twin);
        assertNoSecrets(out);
        return RecordingFolder.read(out, null).exchanges();
    }

    private List<JsonNode> metadata(String fixture) throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("rec-" + fixture).resolve("mappings"))) {
            return s.sorted().map(p -> Json.parse(read(p)).path("metadata").path("dtu")).toList();
        }
    }

    @Test
    void rubyVcrKeepsOrderTimeHeadersAndGunzipsBase64Bodies() throws IOException {
        List<Exchange> ex = imported("ruby-vcr-sheets.yml", null);
        assertEquals(2, ex.size());
        Exchange first = ex.get(0);
        assertEquals(Vendor.GOOGLE, first.vendor());
        assertEquals("GET", first.method());
        assertEquals("/v4/spreadsheets/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", first.path());
        assertEquals("spreadsheetId,properties.title,sheets.properties", first.queryParam("fields").orElseThrow());
        assertTrue(first.queryParam("key").orElseThrow().startsWith("REDACTED-"));
        assertEquals("Budget", first.json().path("properties").path("title").asText());
        assertTrue(first.credential().startsWith("Bearer ya29.REDACTED-"), first.credential());
        Exchange second = ex.get(1);
        assertEquals("/v4/spreadsheets/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/values/Sheet1!A1:B2", second.path());
        assertEquals("2", second.json().path("values").get(1).get(1).asText());
        assertTrue(second.responseHeader("Content-Encoding").isEmpty(), "the body is kept decoded");
        List<JsonNode> meta = metadata("ruby-vcr-sheets.yml");
        assertEquals("2024-03-05T10:15:30Z", meta.get(0).path("recordedAt").asText());
        assertEquals("2024-03-05T10:15:31Z", meta.get(1).path("recordedAt").asText());
        assertEquals(List.of(1L, 2L), ex.stream().map(Exchange::sequence).toList());
        assertEquals("google-api-ruby-client/0.53.0", meta.get(0).path("requestHeaders").path("User-Agent").asText());
    }

    @Test
    void vcrpyYamlReadsBinaryBodiesAndRedactsFormSecrets() {
        List<Exchange> ex = imported("vcrpy-drive.yaml", Vendor.GOOGLE);
        assertEquals(2, ex.size());
        Exchange token = ex.get(0);
        assertEquals("POST", token.method());
        assertEquals("/token", token.path());
        String form = new String(token.requestBody(), StandardCharsets.UTF_8);
        assertTrue(form.contains("client_id=123.apps.googleusercontent.com"), form);
        assertTrue(form.contains("client_secret=REDACTED-"), form);
        assertTrue(token.json().path("access_token").asText().startsWith("ya29.REDACTED-"));
        Exchange files = ex.get(1);
        assertEquals("/drive/v3/files", files.path());
        assertEquals("trashed=false", files.queryParam("q").map(q -> "trashed=" + q.substring(q.indexOf('=') + 1)).orElseThrow());
        assertEquals("Notes", files.json().path("files").get(0).path("name").asText());
        assertNull(files.json().path("files").get(0).path("size").textValue());
    }

    @Test
    void vcrpyJsonKeepsTheRequestBody() {
        Exchange e = imported("vcrpy-sheets.json", null).get(0);
        assertEquals("/v4/spreadsheets/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789:batchUpdate", e.path());
        assertEquals("Two", Json.parse(e.requestBody()).path("requests").get(0).path("addSheet").path("properties")
                .path("title").asText());
        assertEquals(42, e.json().path("replies").get(0).path("addSheet").path("properties").path("sheetId").asInt());
    }

    @Test
    void harDecodesBase64ContentDropsPseudoHeadersAndRedactsCookies() throws IOException {
        List<Exchange> ex = imported("jira.har", null);
        assertEquals(2, ex.size());
        assertEquals(Vendor.JIRA, ex.get(0).vendor());
        assertEquals("Mia Krystof", ex.get(0).json().path("displayName").asText());
        assertTrue(ex.get(0).responseHeader("set-cookie").orElseThrow().startsWith("REDACTED-"));
        assertEquals(201, ex.get(1).status());
        assertEquals("10000", ex.get(1).json().path("id").asText());
        assertTrue(ex.get(1).credential().startsWith("Basic REDACTED-"));
        List<JsonNode> meta = metadata("jira.har");
        assertEquals("2024-03-05T09:15:30.123Z", meta.get(0).path("recordedAt").asText());
        assertFalse(meta.get(0).path("requestHeaders").has(":authority"));
        assertTrue(meta.get(0).path("requestHeaders").path("Cookie").asText().startsWith("REDACTED-"));
    }

    @Test
    void nockReadsHexGzipChunksAndRedactsTokensInUntypedFormBodies() {
        List<Exchange> ex = imported("slack-nock.json", null);
        assertEquals(2, ex.size());
        Exchange post = ex.get(0);
        assertEquals(Vendor.SLACK, post.vendor());
        String form = new String(post.requestBody(), StandardCharsets.UTF_8);
        assertTrue(form.startsWith("token=xoxb-REDACTED-"), form);
        assertTrue(form.endsWith("&channel=C012AB3CD&text=hello"), form);
        assertEquals("1709633730.000100", post.json().path("ts").asText());
        Exchange list = ex.get(1);
        assertEquals("100", list.queryParam("limit").orElseThrow());
        assertEquals("general", list.json().path("channels").get(0).path("name").asText());
        assertTrue(list.credential().startsWith("Bearer xoxb-REDACTED-"), list.credential());
    }

    @Test
    void aFolderOfMixedCassettesIsImportedInFileOrder() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(fixture("slack-nock.json"), in.resolve("b.json"));
        Files.copy(fixture("jira.har"), in.resolve("a.har"));
        assertEquals(4, importer.run(in, tmp.resolve("out"), null, null));
        List<Exchange> ex = RecordingFolder.read(tmp.resolve("out"), null).exchanges();
        assertEquals(List.of(Vendor.JIRA, Vendor.JIRA, Vendor.SLACK, Vendor.SLACK), ex.stream().map(Exchange::vendor).toList());

        assertEquals(List.of("a.har", "a.har", "b.json", "b.json"), ex.stream().map(Exchange::session).toList(),
                "each file is a session of its own");
    }

    @Test
    void anUnreadableRecordingIsOneLineAndWritesNothing() throws IOException {
        Path bad = tmp.resolve("bad.yml");
        Files.writeString(bad, "interactions:\n  - request: [unclosed\n");
        RecordingException e = assertThrows(RecordingException.class, () -> importer.run(bad, tmp.resolve("out"), null, null));
        assertTrue(e.getMessage().startsWith("unreadable recording " + bad), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out")));
        Path other = tmp.resolve("other.json");
        Files.writeString(other, "{\"hello\": 1}");
        assertThrows(RecordingException.class, () -> importer.run(other, tmp.resolve("out"), null, null));
        assertThrows(RecordingException.class, () -> importer.run(fixture("jira.har"), tmp.resolve("out"), RecordingFormat.NOCK, null));
    }

    private static void assertNoSecrets(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String text = new String(read(p), StandardCharsets.UTF_8);
                SECRETS.forEach(secret -> assertFalse(text.contains(secret), p + " still holds " + secret));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
