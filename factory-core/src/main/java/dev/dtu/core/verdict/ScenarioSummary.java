package dev.dtu.core.verdict;

import dev.dtu.core.stats.Interval;
import dev.dtu.core.stats.PassK;
import dev.dtu.core.stats.Settlement;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.List;

/**
 * One scenario's outcome. {@code satisfaction} is the share of judged trajectories that satisfied the user and
 * {@code interval} Wilson's interval for it: the verdict is over trajectories. {@code meanScore} is the mean
 * weighted check score, partial credit that ranks failures in reports and never decides a verdict.
 * {@code trajectories} counts judged trajectories only; {@code harnessErrors} counts the rest.
 * {@code smallestFailure} is the smallest unsatisfied trajectory or, when none was judged, the first harness error.
 */
public record ScenarioSummary(
        String id,
        String title,
        String story,
        double weight,
        int trajectories,
        int satisfied,
        int harnessErrors,
        double satisfaction,
        double meanScore,
        Interval interval,
        Settlement settlement,
        Verdict verdict,
        String verdictReason,
        List<PassK> passHatK,
        List<FailureGroup> failureGroups,
        List<HumanReview> humanReviews,
        TrajectoryResult smallestFailure,
        long durationMs) {

    public ScenarioSummary {
        passHatK = List.copyOf(passHatK);
        failureGroups = List.copyOf(failureGroups);
        humanReviews = List.copyOf(humanReviews);
    }

    public ScenarioInfo info() {
        return new ScenarioInfo(id, title, story, weight);
    }
}
