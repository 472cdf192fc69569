package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dtu record}, {@code dtu seed from-recordings} and {@code dtu fidelity} as a person at a terminal uses them. */
class RecordingCommandsTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Run dtu(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true));
            System.setErr(new PrintStream(e, true));
            return new Run(Dtu.run(args), o.toString(), e.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path slackRecordings() throws IOException {
        Path dir = tmp.resolve("rec");
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/0001-users.json"), """
                {"request": {"method": "GET", "url": "/api/users.list"},
                 "response": {"status": 200, "headers": {"Content-Type": "application/json; charset=utf-8"},
                   "jsonBody": {"ok": true, "members": [
                     {"id": "W012A3CDE", "name": "egon", "real_name": "Egon Spengler", "tz": "America/New_York", "is_bot": false,
                      "profile": {"real_name": "Egon Spengler", "email": "egon@ghostbusters.example", "title": "Parapsychologist"}}]}},
                 "metadata": {"dtu": {"vendor": "slack", "sequence": 1, "credential": "Bearer xoxb-REDACTED-0a1b2c3d4e5f"}}}""");
        Files.writeString(dir.resolve("mappings/0002-channels.json"), """
                {"request": {"method": "GET", "url": "/api/conversations.list"},
                 "response": {"status": 200, "jsonBody": {"ok": true, "channels": [
                   {"id": "C012AB3CD", "name": "general", "is_channel": true, "is_general": true, "is_private": false,
                    "topic": {"value": "Announcements"}, "purpose": {"value": "Everyone"}}]}}}""");
        return dir;
    }

    @Test
    void seedFromRecordingsWritesAValidSeed() throws IOException {
        Path seed = tmp.resolve("seed.yaml");
        Run r = dtu("seed", "from-recordings", slackRecordings().toString(), "--out", seed.toString());
        assertEquals(0, r.exit(), r.err());
        var doc = Json.parseYaml(Files.readString(seed));
        assertEquals("Egon Spengler", doc.path("people").get(0).path("name").asText());
        assertEquals("general", doc.path("slack").path("channels").get(0).path("name").asText());
    }

    @Test
    void fidelityWritesMarkdownHtmlAndJsonReports() throws IOException {
        Path out = tmp.resolve("report");
        Run r = dtu("fidelity", slackRecordings().toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("slack"), r.out());
        assertTrue(Files.readString(out.resolve("fidelity.md")).contains("| slack | users.list |"));
        assertTrue(Files.readString(out.resolve("fidelity.html")).contains("<h1>Twin fidelity</h1>"));
        assertTrue(Json.parse(Files.readAllBytes(out.resolve("fidelity.json"))).path("score").asDouble() > 0);
        assertEquals(1, dtu("fidelity", slackRecordings().toString(), "--out", out.toString(), "--min-score", "1.01").exit());
    }

    @Test
    void anUnreachableTargetIsAClearErrorAndWritesNothing() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path out = tmp.resolve("never");
        Run r = dtu("record", "--target", "http://127.0.0.1:" + closed, "--listen", "0", "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot reach the target http://127.0.0.1:" + closed), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCorruptRecordingIsNamed() throws IOException {
        Path dir = slackRecordings();
        Files.writeString(dir.resolve("mappings/0003-cut.json"), "{\"request\": {\"method\": \"GET\"");
        Run r = dtu("seed", "from-recordings", dir.toString(), "--out", tmp.resolve("s.yaml").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("0003-cut.json"), r.err());
        assertFalse(Files.exists(tmp.resolve("s.yaml")));
    }

    @Test
    void recordingsOfAnUnknownVendorAskForTwin() throws IOException {
        Path dir = tmp.resolve("other");
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("mappings/a.json"), "{\"request\":{\"url\":\"/v2/things\"},\"response\":{\"status\":200}}");
        Run r = dtu("fidelity", dir.toString(), "--out", tmp.resolve("r").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--twin"), r.err());
        Run imported = dtu("record", "import-wiremock", dir.toString(), "--out", tmp.resolve("imported").toString(), "--twin", "okta");
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(Files.exists(tmp.resolve("imported/mappings")));
    }
}
