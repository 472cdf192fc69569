package dev.dtu.core.verdict;

import dev.dtu.core.stats.Interval;
import dev.dtu.core.stats.PassHatK;
import dev.dtu.core.stats.ScoreTally;
import dev.dtu.core.stats.Settlement;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.List;
import java.util.Locale;

/** Turns one scenario's trajectories (in canonical order) into its summary and verdict. */
final class ScenarioSummarizer {

    private final VerdictPolicy policy;

    ScenarioSummarizer(VerdictPolicy policy) {
        this.policy = policy;
    }

    ScenarioSummary summarize(ScenarioInfo info, List<TrajectoryResult> trajectories, TrajectoryResult reproduction) {
        List<TrajectoryResult> judged = trajectories.stream().filter(t -> !t.harnessFailed()).toList();
        int harnessErrors = trajectories.size() - judged.size();
        ScoreTally tally = tally(judged);
        Interval interval = tally.interval(policy.confidence());
        Settlement settlement = Settlement.of(interval, policy.threshold());
        List<HumanReview> reviews = HumanReviews.of(judged, policy.judgeDisagreementLimit());
        List<String> gaps = twinGapsDeciding(judged, settlement);
        Verdict verdict = gaps.isEmpty() ? verdict(harnessErrors, reviews, settlement) : Verdict.ERROR;
        return new ScenarioSummary(
                info.id(), info.title(), info.story(), info.weight(),
                (int) tally.n(), (int) tally.satisfied(), harnessErrors,
                tally.satisfaction(), tally.meanScore(), interval, settlement,
                verdict, gaps.isEmpty() || harnessErrors > 0 ? reason(verdict, tally, interval, harnessErrors, reviews)
                        : gapReason(judged, gaps, tally, interval),
                PassHatK.curve(tally.n(), tally.satisfied()),
                FailureGroups.of(trajectories),
                reviews,
                reproduction != null ? reproduction : smallestFailure(trajectories),
                trajectories.stream().mapToLong(TrajectoryResult::durationMs).sum());
    }

    /**
     * What the twin got wrong in failing trajectories, when the verdict depends on it: had those trajectories
     * satisfied, the interval would settle differently. Empty when the verdict stands either way.
     */
    private List<String> twinGapsDeciding(List<TrajectoryResult> judged, Settlement settlement) {
        List<TrajectoryResult> gapped = judged.stream().filter(TrajectoryResult::failedBesideTwinGap).toList();
        if (gapped.isEmpty()) {
            return List.of();
        }
        ScoreTally asIfSatisfied = ScoreTally.EMPTY;
        for (TrajectoryResult t : judged) {
            asIfSatisfied = asIfSatisfied.plus(t.score(), t.satisfied() || t.failedBesideTwinGap());
        }
        if (Settlement.of(asIfSatisfied.interval(policy.confidence()), policy.threshold()) == settlement) {
            return List.of();
        }
        return gapped.stream().flatMap(t -> t.twinGaps().stream()).distinct().sorted().toList();
    }

    private String gapReason(List<TrajectoryResult> judged, List<String> gaps, ScoreTally tally, Interval interval) {
        long gapped = judged.stream().filter(TrajectoryResult::failedBesideTwinGap).count();
        return String.format(Locale.ROOT, "twin gap, not an app bug: %s (in %d failing trajectories); the verdict depends "
                + "on it, so the twin needs work before this scenario can judge the app; %d of %d trajectories satisfied "
                + "(%.0f%% interval [%.3f, %.3f], threshold %.3f)", String.join("; ", gaps), gapped, tally.satisfied(),
                tally.n(), policy.confidence() * 100, interval.lower(), interval.upper(), policy.threshold());
    }

    private static ScoreTally tally(List<TrajectoryResult> judged) {
        ScoreTally tally = ScoreTally.EMPTY;
        for (TrajectoryResult trajectory : judged) {
            tally = tally.plus(trajectory.score(), trajectory.satisfied());
        }
        return tally;
    }

    /** The smallest judged failure, which the coding agent can act on; failing that, the first harness error. */
    private static TrajectoryResult smallestFailure(List<TrajectoryResult> trajectories) {
        return trajectories.stream().filter(TrajectoryResult::judgedUnsatisfied).min(TrajectoryResult.BY_SIZE)
                .or(() -> trajectories.stream().filter(TrajectoryResult::harnessFailed).findFirst())
                .orElse(null);
    }

    private static Verdict verdict(int harnessErrors, List<HumanReview> reviews, Settlement settlement) {
        if (harnessErrors > 0) {
            return Verdict.ERROR;
        }
        if (!reviews.isEmpty()) {
            return Verdict.NEEDS_HUMAN;
        }
        return settlement == Settlement.SATISFIED ? Verdict.CONVERGED : Verdict.MORE_WORK;
    }

    private String reason(Verdict verdict, ScoreTally tally, Interval interval, int harnessErrors, List<HumanReview> reviews) {
        String numbers = String.format(Locale.ROOT, "%d of %d trajectories satisfied (satisfaction %.3f, %.0f%% interval [%.3f, %.3f], threshold %.3f)",
                tally.satisfied(), tally.n(), tally.satisfaction(), policy.confidence() * 100, interval.lower(), interval.upper(),
                policy.threshold());
        return switch (verdict) {
            case ERROR -> harnessErrors + " trajectories failed in the harness; " + numbers;
            case NEEDS_HUMAN -> reviews.size() + " trajectories need a human (seed " + reviews.get(0).seed() + ": "
                    + reviews.get(0).reason() + "); " + numbers;
            case CONVERGED -> "lower bound at or above the threshold: " + numbers;
            case MORE_WORK -> (interval.upper() < policy.threshold() ? "below the threshold: " : "unsettled: ") + numbers;
        };
    }
}
