package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.run.ReplayCommandLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure a sweep found with --app-env replays as that failure: from the printed command and from the report. */
class ReplayFromReportTest {
    static final Path SCENARIO = TriageSuiteTest.SUITE.resolve("outsider-cannot-close-ticket.yaml");

    @TempDir
    Path out;

    @Test
    void aFailureFoundWithAppEnvReplaysAsAFailure() throws Exception {
        int exit = Dtu.run("sweep", SCENARIO.toString(), "--app-env", "TRIAGE_BUG=close-for-anyone", "--trajectories", "2",
                "--no-shrink", "--threshold", "0.7", "--out", out.toString());
        assertEquals(1, exit);
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        assertEquals(Map.of("TRIAGE_BUG", "close-for-anyone"), report.summary().settings().appEnv());
        assertEquals(SCENARIO.toString(), report.summary().settings().scenarioFiles().get("outsider-cannot-close-ticket"));
        assertEquals(2, report.summary().settings().trajectories());

        TrajectoryResult shown = report.summary().scenarios().get(0).smallestFailure();
        assertTrue(shown.replayCommand().contains("--app-env TRIAGE_BUG=close-for-anyone"), shown.replayCommand());
        assertTrue(Files.readString(out.resolve("feedback.md")).contains(shown.replayCommand()));
        assertTrue(Files.readString(out.resolve("report.html")).contains("--app-env TRIAGE_BUG=close-for-anyone"));

        List<String> printed = ReplayCommandLine.split(shown.replayCommand());
        assertEquals(List.of("dtu", "replay"), printed.subList(0, 2));
        assertEquals(1, Dtu.run(printed.subList(1, printed.size()).toArray(String[]::new)), "the printed command fails the same way");
        assertEquals(1, Dtu.run("replay", "--report", out.resolve("report.json").toString(),
                "--scenario", "outsider-cannot-close-ticket"));
        assertEquals(1, Dtu.run("replay", "--report", out.toString(), "--trajectory", "2"));
    }

    @Test
    void theSameTrajectoryWithoutTheBugIsSatisfied() {
        // The control: what made the replay fail is the recorded environment, not the scenario alone.
        int exit = Dtu.run("sweep", SCENARIO.toString(), "--trajectories", "1", "--no-shrink", "--threshold", "0.1",
                "--out", out.toString());
        assertEquals(0, exit);
        assertEquals(0, Dtu.run("replay", "--report", out.toString(), "--trajectory", "1"));
    }
}
