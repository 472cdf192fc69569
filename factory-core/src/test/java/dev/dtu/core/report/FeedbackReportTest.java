package dev.dtu.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.testing.Trajectories;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Summarizer;
import dev.dtu.core.verdict.VerdictPolicy;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FeedbackReportTest {

    private final String feedback = FeedbackReport.render(SampleRuns.summary(), SampleRuns.trajectories());

    @Test
    void tellsTheAgentWhatTheUserWantedAndWhatFailed() {
        assertTrue(feedback.startsWith("# DTU feedback: MORE_WORK (exit 1)"), feedback);
        assertTrue(feedback.contains("> As an on-call engineer, when a Jira bug is filed\n> I want it posted to #ops in Slack."), feedback);
        assertTrue(feedback.contains("`bug-posted-to-ops` failed in 6 of 10 trajectories"), feedback);
        assertFalse(feedback.contains("## Scenario `login`"), "converged scenarios need no feedback");
    }

    @Test
    void walksThroughTheSmallestFailingTrajectory() {
        assertTrue(feedback.contains("### Smallest failing trajectory: seed 5"), feedback);
        assertTrue(feedback.contains("1. step 0: user posts in #ops (at 0 ms, took 80 ms) → failed: detail 0"), feedback);
        assertTrue(feedback.contains("jira createIssue: `POST /rest/api/3/issue?x=<y>` → 201"), feedback);
        assertTrue(feedback.contains("{\"id\":\"10001\"}"), feedback);
    }

    @Test
    void namesTheFailingCheckAndTheReplayCommand() {
        assertTrue(feedback.contains("- `bug-posted-to-ops` scored 0.00: no message in #ops"), feedback);
        assertTrue(feedback.contains("```sh\n./dtu run --scenario triage --seed 5 --out \"/tmp/a b\"\n```"), feedback);
    }

    @Test
    void bodiesWithBackticksGetALongerFence() {
        String fenced = TrajectoryNarrative.fenced("", "a ```` b");
        assertTrue(fenced.startsWith("`````\n"), fenced);
        assertTrue(fenced.endsWith("\n`````\n"), fenced);
    }

    @Test
    void longBodiesAreTruncated() {
        String body = "x".repeat(TrajectoryNarrative.MAX_BODY + 10);
        String truncated = TrajectoryNarrative.truncated(body);
        assertEquals(TrajectoryNarrative.MAX_BODY, truncated.indexOf('\n'));
        assertTrue(truncated.endsWith("(10 more characters)"));
    }

    @Test
    void aConvergedSuiteHasNothingToFix() {
        List<TrajectoryResult> results = LongStream.range(0, 60).mapToObj(seed -> Trajectories.passing("login", seed)).toList();
        SuiteSummary summary = Summarizer.summarize(new SuiteRun(List.of(), results, List.of(), VerdictPolicy.DEFAULT, 1, Shard.WHOLE));
        String text = FeedbackReport.render(summary, results);
        assertTrue(text.startsWith("# DTU feedback: CONVERGED (exit 0)"), text);
        assertTrue(text.contains("nothing to fix"), text);
    }
}
