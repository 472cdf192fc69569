package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.trajectory.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Node app and a Java app run ten times as fast under libfaketime see the time their universe sees: the
 * journal's times of their calls fall between the app's own readings around them, an {@code advance} of an hour
 * reaches the app, and a 3 s sleep of the app is 3 s of universe time. Skipped where libfaketime is not
 * installed (CI installs the Debian package).
 */
class TimeScaleTest {
    static final Path APP = Path.of("src", "test", "resources", "clock-app").toAbsolutePath();

    @TempDir
    Path out;

    @BeforeAll
    static void libfaketime() {
        dev.dtu.testing.Prerequisites.requireLibfaketime();
    }

    private Path scenario(String lang, String command) throws Exception {
        Path file = out.resolve(lang + ".yaml");
        Files.writeString(file, """
                id: clock-follows-universe-%s
                title: The app's clock runs with its universe's, and jumps with it
                story: As a developer I want my app, sped up ten times, to see the time its twins see.
                timeScale: 10
                app:
                  command: %s
                  workdir: %s
                  ready: {path: /, timeoutSeconds: 90}
                steps:
                  - http: {method: POST, path: /probe, save: p1}
                  - advance: PT1H
                  - http: {method: POST, path: /probe, save: p2}
                  - http: {method: POST, path: "/sleep?ms=3000", save: slept}
                judge:
                  checks:
                    - name: the app's clock reads the universe's time
                      js: |
                        const calls = journal.filter(e => e.operation == 'auth.test');
                        const probes = [responses.p1.body, responses.p2.body, responses.slept.body.first, responses.slept.body.second];
                        return calls.length == 4 && probes.every((p, i) => p.status == 200
                            && p.before - 1800 <= calls[i].atMs && calls[i].atMs <= p.after + 1800);
                    - name: the jump of an hour reached the app
                      js: responses.p2.body.before - responses.p1.body.after >= 3600 * 1000
                    - name: a 3 s sleep of the app is 3 s of universe time, not 30
                      js: |
                        const calls = journal.filter(e => e.operation == 'auth.test');
                        const universe = calls[3].atMs - calls[2].atMs;
                        return universe >= 3000 - 1800 && universe <= 3000 + 1800;
                """.formatted(lang, command, APP));
        return file;
    }

    /** Each scenario's verdict and reason, and the harness failures, as the failure message of a sweep. */
    private static String reasons(Path report) {
        try {
            ReportDocument doc = JsonReport.read(report.resolve("report.json"));
            return doc.summary().scenarios().stream().map(s -> s.id() + ": " + s.verdictReason()).toList() + " "
                    + doc.trajectories().stream().filter(t -> t.harnessFailed()).map(t -> t.error()).toList();
        } catch (Exception e) {
            return "no report: " + e;
        }
    }

    private void sweptAndAgreed(Path scenario) throws Exception {
        Path report = out.resolve("r-" + scenario.getFileName());
        int exit = Dtu.run("sweep", scenario.toString(), "--trajectories", "2", "--parallel", "1", "--no-shrink",
                "--threshold", "0.3", "--out", report.toString());
        ReportDocument doc = JsonReport.read(report.resolve("report.json"));
        String failed = doc.trajectories().stream().flatMap(t -> t.checks().stream()).filter(c -> !c.passed())
                .map(CheckResult::name).distinct().toList() + " " + doc.summary().errors() + " "
                + doc.trajectories().stream().flatMap(t -> t.steps().stream()).filter(st -> "failed".equals(st.outcome()))
                        .map(st -> st.description() + ": " + st.detail()).distinct().toList() + " " + reasons(report);
        assertEquals(0, exit, failed);
        assertTrue(doc.trajectories().stream().allMatch(t -> t.satisfied()), failed);
    }

    @Test
    void aNodeAppSeesItsUniversesTime() throws Exception {
        dev.dtu.testing.Prerequisites.requireOnPath("node");
        sweptAndAgreed(scenario("node", "[node, clock-app.js]"));
    }

    @Test
    void aJavaAppSeesItsUniversesTime() throws Exception {
        sweptAndAgreed(scenario("java", "[\"${java}\", ClockApp.java]"));
    }

    static final Path TIME_SUITE = Path.of("..", "scenarios", "time").toAbsolutePath().normalize();

    @Test
    void theTimeSuiteConvergesAndAnAppThatKeepsAnExpiredTokenIsCaught() throws Exception {
        dev.dtu.testing.Prerequisites.requireOnPath("node");
        int exit = Dtu.run("sweep", TIME_SUITE.toString(), "--trajectories", "3", "--parallel", "1", "--no-shrink",
                "--threshold", "0.3", "--out", out.resolve("ok").toString());
        assertEquals(0, exit, () -> reasons(out.resolve("ok")));
        assertEquals(1, Dtu.run("sweep", TIME_SUITE.resolve("token-expires-and-is-renewed.yaml").toString(),
                "--app-env", "REMINDER_BUG=keep-expired-token", "--trajectories", "2", "--parallel", "1", "--no-shrink",
                "--threshold", "0.3", "--out", out.resolve("bug").toString()));
        String feedback = Files.readString(out.resolve("bug").resolve("feedback.md"));
        assertTrue(feedback.contains("`after an hour the app works with a token Okta accepts`"), feedback);
    }
}
