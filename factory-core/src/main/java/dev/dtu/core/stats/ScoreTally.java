package dev.dtu.core.stats;

/**
 * Running counts for one scenario: trajectories judged, how many satisfied the user, and the sum of their
 * scores. The satisfaction, its interval and the verdict are over trajectories (satisfied or not); the scores
 * are partial credit, which only ranks failures in reports.
 */
public record ScoreTally(long n, double scoreSum, long satisfied) {

    public static final ScoreTally EMPTY = new ScoreTally(0, 0.0, 0);

    public ScoreTally {
        if (n < 0 || satisfied < 0 || satisfied > n || !(scoreSum >= 0.0 && scoreSum <= n)) {
            throw new IllegalArgumentException("inconsistent tally: n=" + n + " sum=" + scoreSum + " satisfied=" + satisfied);
        }
    }

    public ScoreTally plus(double score, boolean wasSatisfied) {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must lie in [0, 1], got " + score);
        }
        return new ScoreTally(n + 1, scoreSum + score, satisfied + (wasSatisfied ? 1 : 0));
    }

    /** The share of trajectories that satisfied the user; 0 when empty. */
    public double satisfaction() {
        return n == 0 ? 0.0 : (double) satisfied / n;
    }

    /** The mean weighted check score (partial credit); 0 when empty. Never decides a verdict. */
    public double meanScore() {
        return n == 0 ? 0.0 : Math.min(1.0, scoreSum / n);
    }

    /** Wilson's interval for the share of trajectories that satisfied. */
    public Interval interval(double confidence) {
        return Wilson.interval(satisfied, n, confidence);
    }
}
