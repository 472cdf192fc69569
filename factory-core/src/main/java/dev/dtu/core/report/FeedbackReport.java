package dev.dtu.core.report;

import static dev.dtu.core.report.Markup.decimal;

import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.core.verdict.FailureGroup;
import dev.dtu.core.verdict.HumanReview;
import dev.dtu.core.verdict.ScenarioSummary;
import dev.dtu.core.verdict.SuiteSummary;
import dev.dtu.core.verdict.Verdict;
import java.util.List;

/**
 * feedback.md, written for the coding agent that has to fix the app: for every scenario that has not
 * converged, what the user wanted, what went wrong and how often, the smallest failing trajectory step by
 * step with the app's requests and the twins' answers, and the command that replays it.
 */
public final class FeedbackReport {

    private FeedbackReport() {
    }

    public static String render(SuiteSummary summary, List<TrajectoryResult> trajectories) {
        StringBuilder md = new StringBuilder();
        md.append("# DTU feedback: ").append(summary.verdict()).append(" (exit ").append(summary.exitCode()).append(")\n\n");
        md.append("Overall satisfaction ").append(decimal(summary.satisfaction(), 3))
                .append(" against a threshold of ").append(decimal(summary.policy().threshold(), 3))
                .append(" (").append(Markup.percent(summary.policy().confidence())).append(" confidence intervals), ")
                .append(summary.trajectories()).append(" trajectories, master seed ").append(summary.masterSeed()).append(".\n\n");
        if (summary.settings() != null && summary.settings().timeScale() != 1) {
            double k = summary.settings().timeScale();
            md.append("Time ran ").append(k == Math.rint(k) ? Long.toString((long) k) : decimal(k, 3)).append(" times as fast as real time (")
                    .append("`--time-scale`) for the twins and for apps the engine started (through libfaketime): the app's own ")
                    .append("CPU work looked that many times slower to it; an app given as a URL ran in real time.\n\n");
        }
        if (!summary.errors().isEmpty()) {
            md.append("## Errors that stopped the run\n\n");
            summary.errors().forEach(error -> md.append("- ").append(error).append('\n'));
            md.append('\n');
        }
        List<ScenarioSummary> open = summary.scenarios().stream().filter(s -> s.verdict() != Verdict.CONVERGED).toList();
        if (open.isEmpty() && summary.errors().isEmpty()) {
            md.append("Every scenario converged: nothing to fix.\n");
        }
        open.forEach(scenario -> appendScenario(md, scenario));
        return md.toString();
    }

    private static void appendScenario(StringBuilder md, ScenarioSummary scenario) {
        md.append("## Scenario `").append(scenario.id()).append("`: ").append(scenario.title())
                .append(" (").append(scenario.verdict()).append(")\n\n");
        if (!scenario.story().isBlank()) {
            md.append("**What the user wanted.**\n\n");
            scenario.story().lines().forEach(line -> md.append("> ").append(line).append('\n'));
            md.append('\n');
        }
        md.append("**Where it stands.** ").append(scenario.verdictReason()).append(".\n\n");
        appendFailureGroups(md, scenario);
        appendReviews(md, scenario.humanReviews());
        if (scenario.smallestFailure() != null) {
            TrajectoryNarrative.append(md, scenario.smallestFailure());
        }
    }

    private static void appendFailureGroups(StringBuilder md, ScenarioSummary scenario) {
        if (scenario.failureGroups().isEmpty()) {
            return;
        }
        md.append("**What fails**, by check:\n\n");
        for (FailureGroup group : scenario.failureGroups()) {
            md.append("- `").append(group.check()).append("` failed in ").append(group.count()).append(" of ")
                    .append(scenario.trajectories() + scenario.harnessErrors()).append(" trajectories (seeds ")
                    .append(group.exampleSeeds()).append(")\n");
        }
        md.append('\n');
    }

    private static void appendReviews(StringBuilder md, List<HumanReview> reviews) {
        if (reviews.isEmpty()) {
            return;
        }
        md.append("**Waiting for a human:**\n\n");
        reviews.forEach(review -> md.append("- seed ").append(review.seed()).append(": ").append(review.reason()).append('\n'));
        md.append('\n');
    }
}
