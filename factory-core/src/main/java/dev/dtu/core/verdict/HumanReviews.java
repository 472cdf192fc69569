package dev.dtu.core.verdict;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Finds trajectories a person must look at: a judge asked for it, or two judges disagree on a check. */
final class HumanReviews {

    private HumanReviews() {
    }

    static List<HumanReview> of(List<TrajectoryResult> trajectories, double disagreementLimit) {
        List<HumanReview> reviews = new ArrayList<>();
        for (TrajectoryResult trajectory : trajectories) {
            if (trajectory.needsHuman()) {
                String reason = trajectory.needsHumanReason().isBlank()
                        ? "a judge asked for a human" : trajectory.needsHumanReason();
                reviews.add(new HumanReview(trajectory.seed(), reason));
            }
            disagreements(trajectory, disagreementLimit).forEach(reason -> reviews.add(new HumanReview(trajectory.seed(), reason)));
        }
        return reviews;
    }

    private static List<String> disagreements(TrajectoryResult trajectory, double limit) {
        Map<String, List<CheckResult>> judgedByCheck = trajectory.checks().stream()
                .filter(check -> check.judge() != null)
                .collect(Collectors.groupingBy(CheckResult::name, TreeMap::new, Collectors.toList()));
        List<String> reasons = new ArrayList<>();
        judgedByCheck.forEach((check, verdicts) -> {
            CheckResult lowest = verdicts.stream().min(Comparator.comparingDouble(CheckResult::score)).orElseThrow();
            CheckResult highest = verdicts.stream().max(Comparator.comparingDouble(CheckResult::score)).orElseThrow();
            double spread = highest.score() - lowest.score();
            if (spread > limit) {
                reasons.add(String.format(Locale.ROOT,
                        "judges %s (%.2f) and %s (%.2f) disagree on check '%s' by %.2f, more than the limit %.2f",
                        highest.judge(), highest.score(), lowest.judge(), lowest.score(), check, spread, limit));
            }
        });
        return reasons;
    }
}
