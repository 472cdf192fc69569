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
    void fidelityPerSessionReplaysEachSessionApart() throws IOException {
        Path rec = slackRecordings();
        for (String f : new String[] {"0001-users.json", "0002-channels.json"}) {
            Path file = rec.resolve("mappings").resolve(f);
            var mapping = (com.fasterxml.jackson.databind.node.ObjectNode) Json.parse(Files.readAllBytes(file));
            mapping.withObject("/metadata").withObject("/dtu").put("session", f.startsWith("0001") ? "one.yml" : "two.yml");
            Files.writeString(file, mapping.toString());
        }
        Path out = tmp.resolve("report");
        Run r = dtu("fidelity", rec.toString(), "--out", out.toString(), "--per-session");
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(out.resolve("fidelity.md"));
        assertTrue(Json.parse(Files.readAllBytes(out.resolve("fidelity.json"))).path("exchanges").get(1).path("source").asText()
                .startsWith("two.yml: "), md);
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
        double score = Json.parse(Files.readAllBytes(out.resolve("fidelity.json"))).path("score").asDouble();
        assertEquals(score < 1 ? 1 : 0, dtu("fidelity", slackRecordings().toString(), "--out", out.toString(), "--min-score", "1").exit());
        assertEquals(0, dtu("fidelity", slackRecordings().toString(), "--out", out.toString(), "--min-score", "0").exit());
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
    private static void assertOneLineError(Run r, String contains) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(contains), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void importReadsANockRecording() throws IOException {
        Path nock = tmp.resolve("slack.json");
        Files.writeString(nock, """
                [{"scope": "https://slack.com:443", "method": "POST", "path": "/api/auth.test", "body": "",
                  "reqheaders": {"authorization": "Bearer xoxb-1111-2222-synthetictoken"},
                  "status": 200, "response": {"ok": true, "user_id": "U012AB3CD"}, "rawHeaders": ["Content-Type", "application/json"]}]""");
        Path out = tmp.resolve("imported");
        Run r = dtu("record", "import", nock.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 exchange(s) imported"), r.out());
        try (var files = Files.list(out.resolve("mappings"))) {
            String mapping = Files.readString(files.findFirst().orElseThrow());
            assertTrue(mapping.contains("/api/auth.test") && !mapping.contains("synthetictoken"), mapping);
        }
        assertOneLineError(dtu("record", "import", nock.toString(), "--out", tmp.resolve("x").toString(), "--format", "pcap"),
                "unknown format 'pcap'");
        Files.writeString(tmp.resolve("cut.json"), "[{\"scope\": ");
        assertOneLineError(dtu("record", "import", tmp.resolve("cut.json").toString(), "--out", tmp.resolve("y").toString()),
                "unreadable recording");
    }

    @Test
    void badSeedsAndScoresAreOneLineErrors() throws IOException {
        Path rec = slackRecordings();
        Path seed = tmp.resolve("bad.yaml");
        Files.writeString(seed, "people: [unclosed\n  - x: {\n");
        assertOneLineError(dtu("fidelity", rec.toString(), "--out", tmp.resolve("r").toString(), "--seed", seed.toString()),
                "cannot read the seed");
        Files.writeString(seed, "- just\n- a list\n");
        assertOneLineError(dtu("fidelity", rec.toString(), "--out", tmp.resolve("r").toString(), "--seed", seed.toString()),
                "seed");
        Files.writeString(seed, """
                company: {name: Ghostbusters, domain: ghostbusters.example}
                people:
                  - {id: egon, name: Egon Spengler, email: egon@ghostbusters.example}
                  - {id: egon, name: Egon Twice, email: egon2@ghostbusters.example}
                """);
        assertOneLineError(dtu("fidelity", rec.toString(), "--out", tmp.resolve("r").toString(), "--seed", seed.toString()),
                "duplicate person id");
        assertOneLineError(dtu("fidelity", rec.toString(), "--out", tmp.resolve("r").toString(), "--min-score", "1.5"),
                "--min-score");
        assertOneLineError(dtu("fidelity", rec.toString(), "--out", tmp.resolve("r").toString(), "--min-score", "-0.1"),
                "--min-score");
        assertFalse(Files.exists(tmp.resolve("r")));
    }

    @Test
    void fidelityBindsThePortItIsTold() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = dtu("fidelity", slackRecordings().toString(), "--out", tmp.resolve("r").toString(), "--port", String.valueOf(port));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("127.0.0.1:" + port), r.out());
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertOneLineError(dtu("fidelity", slackRecordings().toString(), "--out", tmp.resolve("r2").toString(),
                    "--port", String.valueOf(taken.getLocalPort())), String.valueOf(taken.getLocalPort()));
        }
    }
}
