package dev.dtu.core.stats;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The Jeffreys interval: equal-tailed quantiles of the Beta(s + ½, n − s + ½) posterior, with the bound set to
 * 0 (or 1) when s = 0 (or s = n), as recommended by Brown, Cai and DasGupta ("Interval Estimation for a
 * Binomial Proportion", Statistical Science 16, 2001). For graded scores in [0, 1], s is the sum of scores:
 * a graded score never has more variance than a pass/fail one with the same mean, so the interval stays
 * honest (it is, if anything, conservative).
 */
public final class Jeffreys {
    /** How close the quantiles are solved for (commons-math's default, 1e-9, is coarser than a report shows). */
    private static final double INVERSE_ACCURACY = 1e-15;

    private Jeffreys() {
    }

    public static Interval interval(double successes, long n, double confidence) {
        Confidence.check(confidence);
        if (n < 0 || !(successes >= 0.0 && successes <= n)) {
            throw new IllegalArgumentException("need 0 <= successes <= n, got " + successes + " of " + n);
        }
        if (n == 0) {
            return Interval.UNKNOWN;
        }
        double tail = (1.0 - confidence) / 2.0;
        double a = successes + 0.5;
        double b = n - successes + 0.5;
        BetaDistribution posterior = new BetaDistribution(null, a, b, INVERSE_ACCURACY);
        double lower = successes == 0.0 ? 0.0 : posterior.inverseCumulativeProbability(tail);
        double upper = successes == n ? 1.0 : posterior.inverseCumulativeProbability(1.0 - tail);
        // Posterior quantiles lean towards ½ and can miss the sample mean when nearly every score is 0 (or 1);
        // widening to include it keeps lower <= mean <= upper and only makes the interval more conservative.
        return new Interval(lower, upper).including(successes / n);
    }
}
