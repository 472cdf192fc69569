package dev.dtu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.core.report.JsonReport;
import dev.dtu.core.report.ReportDocument;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole loop, end to end: the reference app, its scenario suite, the twins, the verdict. The engine must
 * tell the correct app (converged, exit 0) from each planted bug (more work, exit 1, the failing check named).
 */
class TriageSuiteTest {
    static final Path SUITE = Path.of("..", "scenarios", "triage").toAbsolutePath().normalize();

    @TempDir
    Path out;

    static int dtu(String... args) {
        return Dtu.run(args);
    }

    @Test
    void theCorrectAppConvergesOnTheWholeSuite() throws Exception {
        int exit = dtu("sweep", SUITE.toString(), "--threshold", "0.7", "--parallel", "4", "--out", out.toString());
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        assertEquals(0, exit, String.join("\n", report.summary().reasons()));
        assertEquals(Verdict.CONVERGED, report.verdict());
        assertTrue(report.summary().scenarios().size() >= 14);
        for (ScenarioSummary s : report.summary().scenarios()) {
            assertTrue(s.trajectories() >= 10, s.id() + " ran " + s.trajectories());
        }
        // Satisfied trajectories are summarised: a 560-trajectory sweep's report stays under 1 MB.
        long bytes = Files.size(out.resolve("report.json"));
        assertTrue(bytes < 1_000_000L * report.trajectories().size() / 560, bytes + " bytes for " + report.trajectories().size());
        assertTrue(report.trajectories().stream().filter(t -> t.satisfied()).allMatch(t -> t.exchanges().isEmpty()));
        String junit = Files.readString(out.resolve("junit.xml"));
        assertTrue(junit.contains("<testsuite") && junit.contains("bug-report-gets-ticket"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"));
    }

    @Test
    void closingTicketsForAnyoneIsCaughtAndNamed() throws Exception {
        int exit = dtu("sweep", SUITE.resolve("outsider-cannot-close-ticket.yaml").toString(),
                SUITE.resolve("support-member-closes-ticket.yaml").toString(),
                "--app-env", "TRIAGE_BUG=close-for-anyone", "--threshold", "0.7", "--shrink-budget", "8",
                "--out", out.toString());
        assertEquals(1, exit);
        String feedback = Files.readString(out.resolve("feedback.md"));
        assertTrue(feedback.contains("outsider-cannot-close-ticket"), feedback);
        assertTrue(feedback.contains("`the ticket stays open`"), feedback);
        assertTrue(feedback.contains("dtu replay"), "feedback gives the replay command");
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        ScenarioSummary honest = report.summary().scenarios().stream()
                .filter(s -> s.id().equals("support-member-closes-ticket")).findFirst().orElseThrow();
        assertEquals(Verdict.CONVERGED, honest.verdict(), "the bug does not break what still works");
    }

    @Test
    void closingTicketsForAnyoneShowsInEveryOutsiderTrajectoryWhateverTheLanes() throws Exception {
        // The app takes Socket Mode envelopes in the order the twin sent them and works on them in that order, so the
        // outsider's check mark is handled before the later report gets its reply: the bug shows every time.
        for (String parallel : java.util.List.of("1", "4")) {
            Path dir = out.resolve("parallel-" + parallel);
            int exit = dtu("sweep", SUITE.resolve("outsider-cannot-close-ticket.yaml").toString(),
                    "--app-env", "TRIAGE_BUG=close-for-anyone", "--trajectories", "4", "--no-shrink",
                    "--parallel", parallel, "--out", dir.toString());
            assertEquals(1, exit);
            var trajectories = JsonReport.read(dir.resolve("report.json")).trajectories();
            assertEquals(4, trajectories.size());
            for (var t : trajectories) {
                assertTrue(!t.satisfied() && t.checks().stream()
                        .anyMatch(c -> c.name().equals("the ticket stays open") && !c.passed()), "--parallel " + parallel + ": " + t.checks());
            }
        }
    }

    @Test
    void theAppTakesEventsOverHttpWithoutAnAppToken() throws Exception {
        Path file = out.resolve("over-http.yaml");
        Files.writeString(file, Files.readString(SUITE.resolve("support-member-closes-ticket.yaml"))
                .replace("workdir: ../..", "workdir: " + SUITE.getParent().getParent() + "\n  env: {SLACK_APP_TOKEN: \"\"}")
                .replace("body: {socketMode: true}", "body: {eventRequestUrl: \"${app_url}/slack/events\"}"));
        assertTrue(Files.readString(file).contains("eventRequestUrl"), "the scenario connects the app over HTTP");
        dtu("sweep", file.toString(), "--trajectories", "2", "--no-shrink", "--keep-journals", "--out", out.toString());
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        assertEquals(2, report.trajectories().size());
        for (var t : report.trajectories()) {
            assertTrue(t.satisfied(), t.checks() + " " + t.steps());
            var events = t.exchanges().stream().filter(e -> e.operation().startsWith("event_callback:")).toList();
            assertTrue(!events.isEmpty() && events.stream().allMatch(e -> e.method().equals("POST")),
                    "events were POSTed to /slack/events, signed, not sent over a socket: " + events);
        }
    }

    @Test
    void whatWasDrawnIsShown() throws Exception {
        int exit = dtu("sweep", SUITE.resolve("outsider-cannot-close-ticket.yaml").toString(),
                "--app-env", "TRIAGE_BUG=close-for-anyone", "--trajectories", "1", "--no-shrink", "--out", out.toString());
        assertEquals(1, exit);
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        var t = report.trajectories().get(0);
        String outsider = t.vars().get("outsider");
        assertTrue(java.util.List.of("alan", "linus", "ada", "margaret").contains(outsider), t.vars().toString());
        assertEquals(java.util.List.of("reporter", "outsider", "summary"), java.util.List.copyOf(t.vars().keySet()));
        assertEquals(outsider + ", outside support, reacts with a check mark", t.steps().get(2).description(),
                "step names are templated");
        var ticketsStep = t.steps().get(t.steps().size() - 1);
        assertTrue(ticketsStep.detail().startsWith("the app answered 200: ["), "http steps show the app's answer: " + ticketsStep);
        String feedback = Files.readString(out.resolve("feedback.md"));
        assertTrue(feedback.contains("**Drawn variables:**") && feedback.contains("- `outsider` = `" + outsider + "`"), feedback);
        assertTrue(feedback.contains(outsider + ", outside support, reacts"), feedback);
        assertTrue(Files.readString(out.resolve("report.html")).contains("<td>outsider</td><td>" + outsider + "</td>"));
    }

    @Test
    void theRequestListIsInJournalOrder() throws Exception {
        dtu("sweep", SUITE.resolve("rate-limited-reply-waits.yaml").toString(), "--trajectories", "1", "--no-shrink",
                "--keep-journals", "--out", out.toString());
        var posts = JsonReport.read(out.resolve("report.json")).trajectories().get(0).exchanges().stream()
                .filter(e -> e.operation().equals("chat.postMessage")).map(e -> e.status()).toList();
        assertEquals(java.util.List.of(429, 200), posts, "the 429 the journal recorded first is listed first");
    }

    @Test
    void theCorrectAppSatisfiesEveryTrajectoryOnOneLane() throws Exception {
        // One app serves every story in turn, reset between them (the whole sweep above shares them over four).
        int exit = dtu("sweep", SUITE.toString(), "--trajectories", "3", "--threshold", "0.3", "--no-shrink",
                "--parallel", "1", "--out", out.toString());
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        assertEquals(0, exit, String.join("\n", report.summary().reasons()));
        assertTrue(report.summary().scenarios().size() >= 14);
        for (var t : report.trajectories()) {
            assertTrue(t.satisfied(), t.scenarioId() + " seed " + t.seed() + ": " + t.checks() + " " + t.steps() + " " + t.error());
        }
    }

    @ParameterizedTest(name = "--parallel {0}")
    @ValueSource(ints = {1, 4})
    void ignoringRetryAfterIsCaughtAndNamed(int parallel) throws Exception {
        int exit = dtu("sweep", SUITE.resolve("rate-limited-reply-waits.yaml").toString(),
                "--app-env", "TRIAGE_BUG=ignore-retry-after", "--trajectories", "4", "--threshold", "0.7", "--no-shrink",
                "--parallel", Integer.toString(parallel), "--out", out.toString());
        assertEquals(1, exit);
        String feedback = Files.readString(out.resolve("feedback.md"));
        assertTrue(feedback.contains("`the retry waited for Retry-After`"), feedback);
    }

    @ParameterizedTest(name = "--parallel {0}")
    @ValueSource(ints = {1, 4})
    void notLoggingTicketsIsCaughtAndNamed(int parallel) throws Exception {
        int exit = dtu("sweep", SUITE.resolve("ticket-logged-in-sheet.yaml").toString(),
                "--app-env", "TRIAGE_BUG=skip-ticket-log", "--trajectories", "4", "--threshold", "0.7", "--no-shrink",
                "--parallel", Integer.toString(parallel), "--out", out.toString());
        assertEquals(1, exit);
        String feedback = Files.readString(out.resolve("feedback.md"));
        assertTrue(feedback.contains("ticket-logged-in-sheet"), feedback);
        assertTrue(feedback.contains("the ticket's row appears in the sheet") && feedback.contains("timed out"),
                "the step that timed out is shown: " + feedback);
    }

    @Test
    void lanesSharedByScenariosDoNotCarrySettingsAcross() throws Exception {
        // The burst scenario switches Slack's real rate limits on; the next scenario runs on the same lanes.
        dtu("sweep", SUITE.resolve("per-channel-rate-limit-burst.yaml").toString(),
                SUITE.resolve("several-reports-get-distinct-tickets.yaml").toString(),
                "--trajectories", "2", "--no-shrink", "--keep-journals", "--out", out.toString());
        ReportDocument report = JsonReport.read(out.resolve("report.json"));
        long limitedInBurst = report.trajectories().stream().filter(t -> t.scenarioId().startsWith("per-channel"))
                .flatMap(t -> t.exchanges().stream()).filter(e -> e.status() == 429).count();
        long limitedAfter = report.trajectories().stream().filter(t -> t.scenarioId().startsWith("several"))
                .flatMap(t -> t.exchanges().stream()).filter(e -> e.status() == 429).count();
        assertTrue(limitedInBurst > 0, "the burst scenario meets Slack's limits");
        assertEquals(0, limitedAfter, "rate limits are off again for the next scenario");
    }

    @Test
    void theSameSeedGivesTheSameTrajectories() throws Exception {
        Path a = out.resolve("a");
        Path b = out.resolve("b");
        Path c = out.resolve("c");
        String file = SUITE.resolve("several-reports-get-distinct-tickets.yaml").toString();
        dtu("sweep", file, "--trajectories", "4", "--seed", "7", "--no-shrink", "--out", a.toString());
        dtu("sweep", file, "--trajectories", "4", "--seed", "7", "--no-shrink", "--parallel", "1", "--out", b.toString());
        dtu("sweep", file, "--trajectories", "4", "--seed", "8", "--no-shrink", "--out", c.toString());
        assertEquals(Outcomes.of(a), Outcomes.of(b), "same seed, same trajectories, whatever the lanes");
        assertTrue(!Outcomes.seeds(a).equals(Outcomes.seeds(c)), "another seed, other trajectories");
    }

    @Test
    void mergedShardsEqualOneRun() throws Exception {
        String file = SUITE.resolve("question-is-not-a-ticket.yaml").toString();
        Path whole = out.resolve("whole");
        Path s1 = out.resolve("s1");
        Path s2 = out.resolve("s2");
        Path merged = out.resolve("merged");
        assertEquals(1, dtu("sweep", file, "--trajectories", "6", "--no-shrink", "--out", whole.toString()),
                "6 of 6 cannot reach 0.9: more work");
        assertEquals(0, dtu("sweep", file, "--trajectories", "6", "--no-shrink", "--shard", "1/2", "--out", s1.toString()),
                "a shard's verdict belongs to the merge");
        assertEquals(0, dtu("sweep", file, "--trajectories", "6", "--no-shrink", "--shard", "2/2", "--out", s2.toString()));
        assertEquals(3, JsonReport.read(s1.resolve("report.json")).trajectories().size());
        int exit = dtu("report", "merge", s1.toString(), s2.toString(), "--out", merged.toString());
        assertEquals(JsonReport.read(whole.resolve("report.json")).exitCode(), exit);
        assertEquals(Outcomes.of(whole), Outcomes.of(merged));
        assertEquals(Outcomes.summary(whole), Outcomes.summary(merged));
    }

    /** The suite's first scenario with an external judge (as an LLM judge would plug in) that answers {@code answer}. */
    private Path withExternalJudge(String name, String answer) throws Exception {
        Path script = out.resolve(name + ".sh");
        Files.writeString(script, "cat > /dev/null\necho '" + answer + "'\n");
        Path file = out.resolve(name + ".yaml");
        Files.writeString(file, Files.readString(SUITE.resolve("bug-report-gets-ticket.yaml"))
                .replace("workdir: ../..", "workdir: " + SUITE.getParent().getParent())
                .replace("judge:\n", "judge:\n  command: [sh, \"" + script + "\"]\n"));
        return file;
    }

    @Test
    void anExternalJudgeAskingForAPersonGives255() throws Exception {
        Path file = withExternalJudge("human", "{\"score\": 0.9, \"reason\": \"the reply tone is borderline\", \"needsHuman\": true}");
        assertEquals(255, dtu("sweep", file.toString(), "--trajectories", "2", "--no-shrink", "--out", out.resolve("h").toString()));
        assertTrue(Files.readString(out.resolve("h").resolve("feedback.md")).contains("the reply tone is borderline"));
    }

    @Test
    void judgesThatDisagreeNeedAPerson() throws Exception {
        Path file = withExternalJudge("disagree", "{\"score\": 0.0, \"reason\": \"the user would be unhappy\"}");
        assertEquals(255, dtu("sweep", file.toString(), "--trajectories", "2", "--no-shrink", "--out", out.resolve("d").toString()));
    }

    @Test
    void aBadScenarioIsRejectedWithFileAndLineAndExit2() throws Exception {
        Path bad = out.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(SUITE.resolve("bug-report-gets-ticket.yaml"))
                .replace("timeoutMs: 5000", "timeoutMs: soon"));
        assertEquals(2, dtu("scenario", "check", bad.toString()));
        assertEquals(2, dtu("sweep", bad.toString(), "--out", out.resolve("r").toString()));
        assertEquals(0, dtu("scenario", "check", SUITE.toString()));
    }

    @Test
    void anAppThatWillNotStartIsAnErrorNotAVerdictOnTheApp() throws Exception {
        Path broken = out.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(SUITE.resolve("bug-report-gets-ticket.yaml"))
                .replace("examples/triage-app/target/triage-app.jar", "examples/no-such-app.jar")
                .replace("workdir: ../..", "workdir: " + SUITE.getParent().getParent()));
        assertEquals(2, dtu("sweep", broken.toString(), "--out", out.resolve("r").toString()));
        JsonNode report = dev.dtu.server.http.Json.parse(Files.readAllBytes(out.resolve("r").resolve("report.json")));
        assertEquals("ERROR", report.path("verdict").asText());
        assertTrue(report.path("summary").path("errors").get(0).asText().contains("exited"), report.toString());
    }
}
