package dev.dtu.core.stats;

/**
 * Running counts for one scenario: trajectories judged, the sum of their scores, how many satisfied the user,
 * and whether every score so far was exactly 0 or 1 (pass/fail) rather than graded.
 */
public record ScoreTally(long n, double scoreSum, long satisfied, boolean passFail) {

    public static final ScoreTally EMPTY = new ScoreTally(0, 0.0, 0, true);

    public ScoreTally {
        if (n < 0 || satisfied < 0 || satisfied > n || !(scoreSum >= 0.0 && scoreSum <= n)) {
            throw new IllegalArgumentException("inconsistent tally: n=" + n + " sum=" + scoreSum + " satisfied=" + satisfied);
        }
    }

    public ScoreTally plus(double score, boolean wasSatisfied) {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must lie in [0, 1], got " + score);
        }
        boolean binary = score == 0.0 || score == 1.0;
        return new ScoreTally(n + 1, scoreSum + score, satisfied + (wasSatisfied ? 1 : 0), passFail && binary);
    }

    /** The mean score, which for pass/fail scores is the fraction of trajectories that passed; 0 when empty. */
    public double mean() {
        return n == 0 ? 0.0 : Math.min(1.0, scoreSum / n);
    }

    /** Wilson for pass/fail scores, Jeffreys (Beta) for graded ones. */
    public Interval interval(double confidence) {
        return passFail
                ? Wilson.interval(Math.round(scoreSum), n, confidence)
                : Jeffreys.interval(Math.min(scoreSum, n), n, confidence);
    }
}
