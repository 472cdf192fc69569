package dev.dtu.core.stats;

/** The standard normal distribution: just what the intervals need. */
public final class Normal {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private Normal() {
    }

    public static double density(double x) {
        return Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
    }

    /**
     * Φ(x) by Marsaglia's series, Φ(x) = 1/2 + φ(x)(x + x³/3 + x⁵/(3·5) + …)
     * (G. Marsaglia, "Evaluating the Normal Distribution", J. Stat. Software 11(4), 2004).
     * Every term has the sign of x, so nothing cancels; absolute error is near machine precision.
     */
    public static double cdf(double x) {
        if (x < -38) {
            return 0.0;
        }
        if (x > 38) {
            return 1.0;
        }
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int i = 1; sum + term != sum; i++) {
            term *= x2 / (2 * i + 1);
            sum += term;
        }
        return 0.5 + sum * density(x);
    }

    /** Φ⁻¹(p): Newton's method on {@link #cdf}, for p in the open interval (0, 1). */
    public static double quantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("p must lie in (0, 1), got " + p);
        }
        if (p < 0.5) {
            return -quantile(1.0 - p);
        }
        double x = Math.sqrt(-2.0 * Math.log(1.0 - p)) - 0.8; // rough start; Newton does the rest
        x = Math.max(x, 0.0);
        for (int i = 0; i < 100; i++) {
            double step = (cdf(x) - p) / density(x);
            x -= step;
            if (Math.abs(step) < 1e-15 * Math.max(1.0, Math.abs(x))) {
                break;
            }
        }
        return x;
    }

    /** The two-sided critical value z such that P(|Z| <= z) = confidence. */
    public static double twoSidedCritical(double confidence) {
        Confidence.check(confidence);
        return quantile(0.5 + confidence / 2.0);
    }
}
