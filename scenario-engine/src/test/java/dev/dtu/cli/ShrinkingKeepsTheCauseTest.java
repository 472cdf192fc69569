package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.run.ReplayCommandLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference app ignoring Retry-After: the shrunk reproduction must keep the 429 its check reads, so it still
 * fails against the buggy app and passes against the correct one.
 */
class ShrinkingKeepsTheCauseTest {
    @TempDir
    Path out;

    @Test
    void theShrunkReproductionFailsOnlyWithTheBug() {
        int exit = Dtu.run("sweep", TriageSuiteTest.SUITE.resolve("rate-limited-reply-waits.yaml").toString(),
                "--app-env", "TRIAGE_BUG=ignore-retry-after", "--threshold", "0.7", "--trajectories", "3",
                "--shrink-budget", "6", "--out", out.toString());
        assertEquals(1, exit);
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        TrajectoryResult shrunk = report.reproductions().stream().findFirst().orElse(null);
        assertNotNull(shrunk, "shrinking found a smaller failure");
        assertEquals(List.of("the retry waited for Retry-After"), shrunk.failedChecks().stream().map(c -> c.name()).toList());
        assertFalse(shrunk.replayCommand().contains("--drop-faults"), shrunk.replayCommand());
        assertTrue(shrunk.exchanges().stream().anyMatch(e -> e.status() == 429), "the journal still shows the 429");

        List<String> words = ReplayCommandLine.split(shrunk.replayCommand());
        assertEquals(1, Dtu.run(words.subList(1, words.size()).toArray(String[]::new)), "fails against the buggy app");
        assertEquals(0, Dtu.run(withoutAppEnv(words.subList(1, words.size())).toArray(String[]::new)),
                "passes against the correct app");
    }

    private static List<String> withoutAppEnv(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--app-env")) {
                i++;
            } else {
                out.add(words.get(i));
            }
        }
        return out;
    }
}
