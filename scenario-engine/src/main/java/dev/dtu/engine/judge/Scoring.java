package dev.dtu.engine.judge;

import dev.dtu.core.trajectory.CheckResult;
import java.util.List;

/**
 * A trajectory's score and whether it satisfied the user. The score is the weighted mean of its checks' scores
 * (partial credit, 1 when there is nothing to check); it decides satisfaction only when the judge sets its own
 * threshold. Otherwise a trajectory satisfies when every check passes.
 */
public final class Scoring {
    private Scoring() {}

    public static double weightedScore(List<CheckResult> checks) {
        double total = 0;
        double weights = 0;
        for (CheckResult c : checks) {
            total += c.score() * c.weight();
            weights += c.weight();
        }
        return weights == 0 ? (checks.stream().allMatch(CheckResult::passed) ? 1.0 : 0.0) : total / weights;
    }

    /** @param threshold the judge's own threshold on the weighted score, or null: every check must pass */
    public static boolean satisfied(List<CheckResult> checks, Double threshold) {
        return threshold == null
                ? checks.stream().allMatch(CheckResult::passed)
                : weightedScore(checks) >= threshold - 1e-9;
    }
}
