package dev.dtu.core.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilson score interval for a pass/fail rate (E. B. Wilson, "Probable inference, the law of succession,
 * and statistical inference", JASA 22, 1927): the rates p whose score test |p̂ − p| / √(p(1−p)/n) <= z.
 */
public final class Wilson {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private Wilson() {
    }

    public static Interval interval(long successes, long n, double confidence) {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n, got " + successes + " of " + n);
        }
        if (n == 0) {
            Confidence.check(confidence);
            return Interval.UNKNOWN;
        }
        Confidence.check(confidence);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + confidence / 2.0);
        double z2 = z * z;
        double rate = (double) successes / n;
        double denominator = 1.0 + z2 / n;
        double centre = (rate + z2 / (2.0 * n)) / denominator;
        double halfWidth = z / denominator * Math.sqrt(rate * (1.0 - rate) / n + z2 / (4.0 * n * n));
        double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - halfWidth);
        double upper = successes == n ? 1.0 : Math.min(1.0, centre + halfWidth);
        return new Interval(lower, upper).including(rate);
    }
}
