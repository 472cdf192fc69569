package dev.dtu.cli;

import static dev.dtu.testing.Prerequisites.requireOrSkip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The triage stories against the Node reference app ({@code examples/triage-node}, the vendors' Node SDKs) through
 * {@code scenarios/triage-node/suite.yaml}, which changes only their app block: the correct app converges, each
 * planted bug is caught and its check named, with one lane and with four. Skipped without node or the app's
 * node_modules, except on CI ({@code CI=true}), whose .ci/run installs them.
 */
class TriageNodeSuiteTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path SUITE = ROOT.resolve("scenarios/triage-node/suite.yaml");
    static final Path STORIES = ROOT.resolve("scenarios/triage");

    @TempDir
    Path out;

    @BeforeEach
    void nodeAndTheAppsPackages() {
        dev.dtu.testing.Prerequisites.requireOnPath("node");
        requireOrSkip(Files.isDirectory(ROOT.resolve("examples/triage-node/node_modules")),
                "examples/triage-node/node_modules is missing: run npm ci --prefix examples/triage-node");
    }

    @ParameterizedTest(name = "--parallel {0}")
    @ValueSource(ints = {1, 4})
    void theCorrectAppConvergesOnEveryStory(int parallel) throws Exception {
        int exit = Dtu.run("sweep", SUITE.toString(), "--threshold", "0.6", "--parallel", Integer.toString(parallel),
                "--no-shrink", "--out", out.toString());
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        assertEquals(0, exit, String.join("\n", report.summary().reasons()));
        assertEquals(Verdict.CONVERGED, report.verdict());
        long stories;
        try (Stream<Path> files = Files.list(STORIES)) {
            stories = files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        assertEquals(stories, report.summary().scenarios().size(), "every triage story ran against the Node app");
    }

    @ParameterizedTest(name = "{0} at --parallel {3}")
    @CsvSource(delimiter = '|', value = {
            "close-for-anyone   | outsider-cannot-close-ticket | the ticket stays open                | 1",
            "close-for-anyone   | outsider-cannot-close-ticket | the ticket stays open                | 4",
            "ignore-retry-after | rate-limited-reply-waits     | the retry waited for Retry-After     | 1",
            "ignore-retry-after | rate-limited-reply-waits     | the retry waited for Retry-After     | 4",
            "skip-ticket-log    | ticket-logged-in-sheet       | the ticket's row appears in the sheet | 1",
            "skip-ticket-log    | ticket-logged-in-sheet       | the ticket's row appears in the sheet | 4"})
    void eachPlantedBugIsCaughtAndItsCheckNamed(String bug, String scenario, String check, int parallel) throws Exception {
        Path suite = oneStory(scenario);
        int exit = Dtu.run("sweep", suite.toString(), "--app-env", "TRIAGE_BUG=" + bug, "--trajectories", "4",
                "--threshold", "0.7", "--no-shrink", "--parallel", Integer.toString(parallel), "--out", out.resolve("r").toString());
        assertEquals(1, exit, "the planted bug " + bug + " is more work for the app");
        ReportDocument report = JsonReport.read(out.resolve("r/report.json"));
        ScenarioSummary caught = report.summary().scenarios().stream().filter(s -> s.id().equals(scenario)).findFirst().orElseThrow();
        assertEquals(Verdict.MORE_WORK, caught.verdict());
        String feedback = Files.readString(out.resolve("r/feedback.md"));
        assertTrue(feedback.contains("## Scenario `" + scenario + "`"), feedback);
        assertTrue(feedback.contains(check), "the failing check is named: " + feedback);
        assertTrue(feedback.contains("dtu replay " + suite + " --scenario " + scenario), "the replay reads the suite: " + feedback);
        assertTrue(report.summary().scenarios().stream().allMatch(s -> s.id().equals(scenario)), "only the one story ran");
        assertEquals(4, caught.trajectories());
    }

    /** The Node suite's file with the same app block, including one story only. */
    private Path oneStory(String scenario) throws Exception {
        String text = Files.readString(SUITE);
        assertTrue(text.contains("include: [../triage]") && text.contains("workdir: ../.."), text);
        return Files.writeString(out.resolve("suite.yaml"), text
                .replace("include: [../triage]", "include: [\"" + STORIES.resolve(scenario + ".yaml") + "\"]")
                .replace("workdir: ../..", "workdir: \"" + ROOT + "\""));
    }
}
