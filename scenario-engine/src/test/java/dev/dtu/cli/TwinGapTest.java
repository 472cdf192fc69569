package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An app that calls an operation the twin does not serve is not blamed for it: exit 2, the operation named. */
class TwinGapTest {
    static final Path APP = Path.of("src", "test", "resources", "gap-app").toAbsolutePath();

    @TempDir
    Path out;

    private Path scenario() throws Exception {
        Path file = out.resolve("gap.yaml");
        Files.writeString(file, """
                id: app-calls-what-the-twin-lacks
                title: The app marks the channel read
                story: As a user I want the channel marked read.
                app:
                  command: ["${java}", "GapApp.java"]
                  workdir: %s
                  ready: {path: /health, timeoutSeconds: 60}
                steps:
                  - http: {method: POST, path: /go, expectStatus: 200, save: go}
                judge:
                  checks:
                    - name: the channel was marked read
                      js: responses.go.body.slackStatus == 200
                """.formatted(APP));
        return file;
    }

    @Test
    void anOperationTheTwinDoesNotServeIsATwinGapAndExits2() throws Exception {
        int exit = Dtu.run("sweep", scenario().toString(), "--trajectories", "3", "--parallel", "1", "--no-shrink",
                "--out", out.resolve("r").toString());
        ReportDocument report = JsonReport.read(out.resolve("r").resolve("report.json"));
        String reason = report.summary().scenarios().get(0).verdictReason();
        assertEquals(2, exit, reason);
        assertTrue(reason.contains("twin gap") && reason.contains("slack POST /api/conversations.markAsReadPlease"), reason);
        assertTrue(report.trajectories().get(0).twinGaps().get(0).contains("does not serve"));
        assertTrue(Files.readString(out.resolve("r").resolve("feedback.md")).contains("Twin gaps"));
    }

    @Test
    void anOperationTheTwinServesIsJudgedAsUsual() throws Exception {
        // The control: the same app calling a method the twin serves is judged on its own (Slack answers 200).
        int exit = Dtu.run("sweep", scenario().toString(), "--app-env", "GAP_OP=auth.test", "--trajectories", "3",
                "--parallel", "1", "--no-shrink", "--threshold", "0.1", "--out", out.resolve("ok").toString());
        assertEquals(0, exit);
    }
}
