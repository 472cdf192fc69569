package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The triage suite gives the same verdicts with time running ten times as fast (the twins and the app under
 * libfaketime): the correct app converges, and every planted bug is still caught by the same check — the
 * Retry-After check reads the journal's universe times, so an app that does not wait is still seen not waiting.
 */
class TriageSuiteTimeScaleTest {
    static final Path SUITE = TriageSuiteTest.SUITE;

    @TempDir
    Path out;

    @BeforeAll
    static void libfaketime() {
        dev.dtu.testing.Prerequisites.requireLibfaketime();
    }

    @Test
    void theCorrectAppConvergesOnTheWholeSuiteAtTenTimesTheSpeed() throws Exception {
        int exit = Dtu.run("sweep", SUITE.toString(), "--time-scale", "10", "--threshold", "0.7", "--parallel", "2",
                "--out", out.toString());
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        assertEquals(0, exit, String.join("\n", report.summary().reasons()));
        assertEquals(Verdict.CONVERGED, report.verdict());
        assertEquals(10.0, report.summary().settings().timeScale());
        assertTrue(Files.readString(out.resolve("feedback.md")).contains("Time ran 10 times as fast"));
    }

    @ParameterizedTest
    @CsvSource({
            "ignore-retry-after, rate-limited-reply-waits, the retry waited for Retry-After",
            "close-for-anyone, outsider-cannot-close-ticket, the ticket stays open",
            "skip-ticket-log, ticket-logged-in-sheet, the sheet has a row with the key and the subject"})
    void aPlantedBugIsStillCaughtByTheSameCheck(String bug, String scenario, String check) throws Exception {
        int exit = Dtu.run("sweep", SUITE.resolve(scenario + ".yaml").toString(), "--app-env", "TRIAGE_BUG=" + bug,
                "--time-scale", "10", "--trajectories", "4", "--threshold", "0.7", "--no-shrink", "--parallel", "1",
                "--out", out.toString());
        assertEquals(1, exit);
        String feedback = Files.readString(out.resolve("feedback.md"));
        assertTrue(feedback.contains(scenario) && feedback.contains(check), feedback);
        assertTrue(feedback.contains("--time-scale 10"), "the replay command runs at the same rate: " + feedback);
    }
}
