package dev.dtu.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.testing.Http;
import dev.dtu.server.testing.NotesServerMain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM stops a real server process even while a request is stuck in a loop on a worker thread. */
class SigtermTest {
    @TempDir
    Path dataDir;

    @Test
    void sigtermStopsTheServerWithinFiveSecondsWhileARequestSpins() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                NotesServerMain.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String url = null;
            for (String line; url == null && (line = out.readLine()) != null; ) {
                if (line.startsWith("LISTENING ")) {
                    url = line.substring("LISTENING ".length());
                }
            }
            assertTrue(url != null, "the server started");
            String token = Http.get(url + "/_dtu/universes/default").json().path("twins").path("notes").path("token").asText();
            HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(url + "/u/default/notes/notes"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"spin\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean spinning = false;
            for (String line; !spinning && (line = out.readLine()) != null; ) {
                spinning = line.equals("SPINNING");
            }
            assertTrue(spinning, "the request is spinning in the twin");
            assertEquals(200, Http.get(url + "/_dtu/health").status(), "the health check still answers");

            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(5, TimeUnit.SECONDS), "stopped within 5 s of SIGTERM");
        } finally {
            p.destroyForcibly();
        }
    }
}
