package dev.dtu.server.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.NotesServerMain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data directory, every acknowledged write survives {@code kill -9} and a restart. */
class DurabilityTest {
    @TempDir
    Path dataDir;

    record Running(Process process, String url) {}

    private Running start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                NotesServerMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            if (line.startsWith("LISTENING ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return new Running(p, line.substring("LISTENING ".length()));
            }
        }
        p.destroyForcibly();
        throw new AssertionError("server did not start");
    }

    private static void kill9(Running r) throws InterruptedException {
        r.process().destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flush
        assertTrue(r.process().waitFor(10, TimeUnit.SECONDS));
    }

    @Test
    void acknowledgedWritesSurviveKillMinus9() throws Exception {
        Running first = start();
        JsonNode u = Http.post(first.url() + "/_dtu/universes", "{\"name\":\"durable\"}").json();
        String id = u.path("id").asText();
        String base = u.path("twins").path("notes").path("baseUrl").asText();
        String token = u.path("twins").path("notes").path("token").asText();
        for (int i = 0; i < 40; i++) {
            assertEquals(201, Http.post(base + "notes", "{\"text\":\"note " + i + "\"}", "Authorization", "Bearer " + token).status());
        }
        String snap = Http.post(first.url() + "/_dtu/universes/" + id + "/snapshots", null).json().path("snapshot").asText();
        assertEquals(201, Http.post(base + "notes", "{\"text\":\"after snapshot\"}", "Authorization", "Bearer " + token).status());
        assertEquals(200, Http.send("PUT", first.url() + "/_dtu/universes/" + id + "/faults", "[{\"action\":\"drop\",\"operation\":\"never\"}]").status());
        String fork = Http.post(first.url() + "/_dtu/universes/" + id + "/fork", null).json().path("id").asText();
        kill9(first);

        Running second = start();
        try {
            String url = second.url();
            JsonNode state = Http.get(url + "/_dtu/universes/" + id + "/state").json();
            assertEquals(6 + 41, state.path("notes").path("notes").size(), "every acknowledged note is back");
            assertEquals(6 + 41, Http.get(url + "/_dtu/universes/" + fork + "/state").json().path("notes").path("notes").size());
            assertEquals(1, Http.get(url + "/_dtu/universes/" + id + "/faults").json().path("rules").size());

            String newBase = url + "/u/" + id + "/notes/";
            Http.Reply again = Http.post(newBase + "notes", "{\"text\":\"still my token\"}", "Authorization", "Bearer " + token);
            assertEquals(201, again.status(), "credentials survive too");
            assertEquals("n48", again.json().path("id").asText(), "id sequences continue where they were");

            assertEquals(200, Http.post(url + "/_dtu/universes/" + id + "/restore", "{\"snapshot\":\"" + snap + "\"}").status());
            assertEquals(6 + 40, Http.get(url + "/_dtu/universes/" + id + "/state").json().path("notes").path("notes").size());
            assertEquals(200, Http.post(url + "/_dtu/universes/" + id + "/reset", null).status());
            assertEquals(6, Http.get(url + "/_dtu/universes/" + id + "/state").json().path("notes").path("notes").size());
        } finally {
            kill9(second);
        }
        Running third = start();
        try {
            assertEquals(6, Http.get(third.url() + "/_dtu/universes/" + id + "/state").json().path("notes").path("notes").size(),
                    "the reset itself was durable");
        } finally {
            kill9(third);
        }
    }
}
