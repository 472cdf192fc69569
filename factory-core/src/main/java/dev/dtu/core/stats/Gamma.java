package dev.dtu.core.stats;

/** The log-gamma function, which the Beta distribution is built from. */
public final class Gamma {

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    /** Below this, shift x upwards with Γ(x + 1) = x Γ(x) before using Stirling's series. */
    private static final double STIRLING_FROM = 15.0;
    /** Stirling series terms B₂ₖ / (2k (2k − 1)) for k = 1..7, from the Bernoulli numbers B₂ … B₁₄. */
    private static final double[] STIRLING = {
        1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360360, 1.0 / 156,
    };

    private Gamma() {
    }

    /**
     * ln Γ(x) for x > 0: Stirling's asymptotic series (Abramowitz and Stegun 6.1.40), whose first omitted
     * term is below 1e-17 once x >= 15; smaller x are shifted up by the recurrence first.
     */
    public static double logGamma(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("logGamma needs finite x > 0, got " + x);
        }
        double shift = 0.0;
        double product = 1.0;
        while (x < STIRLING_FROM) {
            product *= x;
            x += 1.0;
        }
        if (product != 1.0) {
            shift = Math.log(product);
        }
        return stirling(x) - shift;
    }

    /**
     * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). When one shape is large, ln Γ(b) − ln Γ(a + b) is taken
     * from Stirling's series directly, so two large and nearly equal logarithms are never subtracted.
     */
    public static double logBeta(double a, double b) {
        double small = Math.min(a, b);
        double large = Math.max(a, b);
        if (large < STIRLING_FROM) {
            return logGamma(a) + logGamma(b) - logGamma(a + b);
        }
        return logGamma(small) + logGammaDifference(small, large);
    }

    /** ln Γ(b) − ln Γ(a + b) for b >= 15, written so that every term is small when a is small. */
    private static double logGammaDifference(double a, double b) {
        double sum = a + b;
        return -(b - 0.5) * Math.log1p(a / b) - a * Math.log(sum) + a + series(b) - series(sum);
    }

    private static double stirling(double x) {
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series(x);
    }

    private static double series(double x) {
        double inverse = 1.0 / x;
        double inverseSquared = inverse * inverse;
        double sum = 0.0;
        double power = inverse;
        for (double term : STIRLING) {
            sum += term * power;
            power *= inverseSquared;
        }
        return sum;
    }
}
