package dev.dtu.core.stats;

/**
 * Stops running a scenario once its confidence interval settles the verdict. Looking after every trajectory
 * makes the true error rate somewhat higher than 1 − confidence (repeated significance testing); a floor of
 * trajectories and a high confidence keep that in check.
 */
public record SequentialDecision(double threshold, double confidence, int minTrajectories) {

    public SequentialDecision {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1], got " + threshold);
        }
        Confidence.check(confidence);
        if (minTrajectories < 1) {
            throw new IllegalArgumentException("minTrajectories must be at least 1, got " + minTrajectories);
        }
    }

    public Settlement decide(ScoreTally tally) {
        if (tally.n() < minTrajectories) {
            return Settlement.UNSETTLED;
        }
        return Settlement.of(tally.interval(confidence), threshold);
    }

    public boolean shouldStop(ScoreTally tally) {
        return decide(tally).isSettled();
    }
}
