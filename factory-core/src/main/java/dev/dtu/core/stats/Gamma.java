package dev.dtu.core.stats;

/** The log-gamma function, which the Beta distribution is built from. */
public final class Gamma {

    // Lanczos approximation, g = 7, n = 9 (C. Lanczos, SIAM J. Numer. Anal. B 1, 1964); ~15 significant digits.
    private static final double G = 7.0;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61503916999185, 12.507343278686905,
        -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    };
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    private Gamma() {
    }

    /** ln Γ(x) for x > 0. */
    public static double logGamma(double x) {
        if (!(x > 0.0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        if (x < 0.5) {
            // Reflection: Γ(x) Γ(1 - x) = π / sin(πx).
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1.0 - x);
        }
        double z = x - 1.0;
        double series = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            series += LANCZOS[i] / (z + i);
        }
        double t = z + G + 0.5;
        return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
    }

    /** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
    public static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }
}
