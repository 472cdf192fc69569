package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app run under libfaketime closes idle keep-alive connections K times sooner in real time, so the engine's
 * next request to it (an {@code http} step, or the reset before a trajectory) can meet the app closing that
 * connection. Such a request got no answer at all and is sent again on a new connection: the race is not the
 * app's failure, nor a harness error. The app here closes every connection on its second request, every time.
 */
class AppKeepAliveTest {
    static final Path APP = Path.of("src", "test", "resources", "drop-app").toAbsolutePath();

    @TempDir
    Path out;

    @BeforeAll
    static void libfaketime() {
        dev.dtu.testing.Prerequisites.requireLibfaketime();
    }

    @Test
    void aRequestOnAConnectionTheAppClosesIsSentAgainOnANewOne() throws Exception {
        Path scenario = out.resolve("drop.yaml");
        Files.writeString(scenario, """
                id: app-drops-idle-connections
                title: The app closes a kept-alive connection as the engine reuses it
                story: As a developer I want my app, sped up ten times, judged on what it does, not on its idle timers.
                timeScale: 10
                app:
                  command: ["${java}", DropApp.java]
                  workdir: %s
                  ready: {path: /, timeoutSeconds: 90}
                  reset: {path: /_reset}
                steps:
                  - http: {method: POST, path: /work, body: {n: 1}, expectStatus: 200, save: first}
                  - http: {method: POST, path: /work, body: {n: 2}, expectStatus: 200, save: second}
                judge:
                  checks:
                    - name: the app answered both
                      js: responses.first.body.ok === true && responses.second.body.ok === true
                """.formatted(APP));
        int exit = Dtu.run("sweep", scenario.toString(), "--trajectories", "3", "--parallel", "1", "--no-shrink",
                "--threshold", "0.3", "--out", out.resolve("r").toString());
        ReportDocument report = JsonReport.read(out.resolve("r").resolve("report.json"));
        assertEquals(0, exit, String.join("\n", report.summary().reasons()));
        assertTrue(report.trajectories().stream().allMatch(t -> t.satisfied() && t.error() == null));
    }
}
