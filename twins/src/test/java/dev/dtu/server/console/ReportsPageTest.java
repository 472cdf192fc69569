package dev.dtu.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.DtuServer;
import dev.dtu.server.ServerConfig;
import dev.dtu.server.testing.Http;
import dev.dtu.twins.Twins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep's report folder in the console: the trajectories, and one trajectory's checks, steps and timeline. */
class ReportsPageTest {
    static final String REPORT = """
            {"verdict": "MORE_WORK", "exitCode": 1, "trajectories": [{"scenarioId": "bug-gets-ticket", "seed": 42,
              "score": 0, "satisfied": false, "error": null, "needsHuman": false, "needsHumanReason": "", "durationMs": 9,
              "replayCommand": "./dtu replay bug-gets-ticket.yaml --seed 42",
              "checks": [{"name": "exactly one ticket", "score": 0, "passed": false, "weight": 1, "reason": "0 tickets", "judge": null}],
              "steps": [{"index": 0, "description": "grace posts in #support", "startedAtMs": 1, "durationMs": 2, "outcome": "ok", "detail": ""}],
              "exchanges": [{"twin": "slack", "operation": "chat.postMessage", "method": "POST", "path": "/api/chat.postMessage",
                "status": 200, "requestBody": "{\\"text\\":\\"<img src=x onerror=alert(1)>\\"}", "responseBody": "{\\"ok\\":true}"}]}]}
            """;

    @Test
    void aReportFolderShowsEachTrajectoryWithItsTimeline(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.json"), REPORT);
        try (DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start()) {
            assertEquals(404, Http.get(server.url() + "/_dtu/console/reports").status());
            server.console().openReport(dir);
            String list = Http.get(server.url() + "/_dtu/console/reports").body();
            assertTrue(list.contains("bug-gets-ticket") && list.contains("MORE_WORK"), list);
            String one = Http.get(server.url() + "/_dtu/console/reports/1").body();
            assertTrue(one.contains("exactly one ticket") && one.contains("grace posts in #support")
                    && one.contains("chat.postMessage") && one.contains("--seed 42"), one);
            assertTrue(one.contains("&lt;img src=x"), one);
            assertFalse(one.contains("<img src=x"), one);
            assertEquals(404, Http.get(server.url() + "/_dtu/console/reports/2").status());
        }
    }

    @Test
    void aFolderWithoutAReadableReportIsRefused(@TempDir Path dir) throws IOException {
        try (DtuServer server = new DtuServer(ServerConfig.inMemory("127.0.0.1", 0), Twins.all()).start()) {
            assertThrows(IOException.class, () -> server.console().openReport(dir));
            Files.writeString(dir.resolve("report.json"), "{not json");
            assertThrows(IOException.class, () -> server.console().openReport(dir));
        }
    }
}
