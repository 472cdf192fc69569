package dev.dtu.engine.judge;

import dev.dtu.core.trajectory.CheckResult;
import java.util.List;

/** A trajectory's score: the weighted mean of its checks' scores (1 when there is nothing to check). */
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
}
