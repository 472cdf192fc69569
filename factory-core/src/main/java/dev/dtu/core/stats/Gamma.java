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

    /** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
    public static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    private static double stirling(double x) {
        double inverse = 1.0 / x;
        double inverseSquared = inverse * inverse;
        double series = 0.0;
        double power = inverse;
        for (double term : STIRLING) {
            series += term * power;
            power *= inverseSquared;
        }
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series;
    }
}
