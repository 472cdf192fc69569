package dev.dtu.core.verdict;

import dev.dtu.core.stats.Interval;
import dev.dtu.core.stats.PassK;
import dev.dtu.core.stats.Settlement;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.List;

/**
 * One scenario's outcome. {@code satisfaction} is the mean trajectory score (the fraction satisfied when
 * judges score pass/fail); {@code interval} is Wilson's for pass/fail scores and Jeffreys' for graded ones.
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
        boolean passFail,
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
