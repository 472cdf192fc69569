package dev.dtu.core.report;

import static dev.dtu.core.testing.Trajectories.failing;
import static dev.dtu.core.testing.Trajectories.passing;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.Exchange;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.ScenarioInfo;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.SuiteRun;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Summarizer;
import dev.dtu.core.verdict.VerdictPolicy;
import java.util.ArrayList;
import java.util.List;

/** A small run with one converged and one failing scenario, with text that needs escaping everywhere. */
final class SampleRuns {

    static final String NASTY = "<b>\"quotes\" & 'apostrophes'</b> ]]> \u0001 ```";

    private SampleRuns() {
    }

    static List<ScenarioInfo> scenarios() {
        return List.of(
                new ScenarioInfo("login", "User logs in with Okta", "As an employee I sign in once and land on my dashboard.", 1.0),
                new ScenarioInfo("triage", "Triage " + NASTY, "As an on-call engineer, when a Jira bug is filed\nI want it posted to #ops in Slack.", 2.0));
    }

    static List<TrajectoryResult> trajectories() {
        List<TrajectoryResult> results = new ArrayList<>();
        for (long seed = 0; seed < 40; seed++) {
            results.add(passing("login", seed));
        }
        for (long seed = 0; seed < 10; seed++) {
            results.add(seed % 3 == 0 ? passing("triage", seed) : seed == 5 ? nastyFailure() : failing("triage", seed, "bug-posted-to-ops"));
        }
        return results;
    }

    static SuiteSummary summary() {
        return Summarizer.summarize(new SuiteRun(scenarios(), trajectories(), List.of(), VerdictPolicy.DEFAULT, 42, Shard.WHOLE));
    }

    /** triage seed 5: a failing trajectory with one step only, so it is the smallest, full of markup. */
    private static TrajectoryResult nastyFailure() {
        TrajectoryResult t = failing("triage", 5, "bug-posted-to-ops");
        return new TrajectoryResult("triage", 5, 0.0, false,
                List.of(new CheckResult("bug-posted-to-ops", 0.0, false, 1.0, "no message in #ops " + NASTY, null)),
                dev.dtu.core.testing.Trajectories.steps(1),
                List.of(new Exchange("jira", "createIssue", "POST", "/rest/api/3/issue?x=<y>", 201, "{\"summary\":\"" + NASTY + "\"}",
                        "{\"id\":\"10001\"}")),
                null, false, null, "./dtu run --scenario triage --seed 5 --out \"/tmp/a b\"", t.durationMs());
    }
}
