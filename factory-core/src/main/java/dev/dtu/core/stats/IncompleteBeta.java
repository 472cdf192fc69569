package dev.dtu.core.stats;

/** The regularized incomplete beta function I_x(a, b), the Beta(a, b) distribution function, and its inverse. */
public final class IncompleteBeta {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 10_000;
    private static final int MAX_ROOT_STEPS = 500;

    private IncompleteBeta() {
    }

    /** I_x(a, b) = P(X <= x) for X ~ Beta(a, b), with a, b > 0 and x in [0, 1]. */
    public static double regularized(double x, double a, double b) {
        checkShape(a, b);
        if (!(x >= 0.0 && x <= 1.0)) {
            throw new IllegalArgumentException("x must lie in [0, 1], got " + x);
        }
        if (x == 0.0 || x == 1.0) {
            return x;
        }
        // The continued fraction converges fast only left of the mean; use symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
        if (x > (a + 1.0) / (a + b + 2.0)) {
            return 1.0 - regularized(1.0 - x, b, a);
        }
        double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - Gamma.logBeta(a, b));
        return front * continuedFraction(x, a, b) / a;
    }

    /** The Beta(a, b) density at x in (0, 1). */
    public static double density(double x, double a, double b) {
        return Math.exp((a - 1.0) * Math.log(x) + (b - 1.0) * Math.log1p(-x) - Gamma.logBeta(a, b));
    }

    /**
     * The x with I_x(a, b) = p: Newton's method kept inside a shrinking bracket, falling back to bisection
     * whenever a Newton step would leave it, so it converges for every shape (also U- and J-shaped densities).
     */
    public static double inverse(double p, double a, double b) {
        checkShape(a, b);
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("p must lie in [0, 1], got " + p);
        }
        if (p == 0.0 || p == 1.0) {
            return p;
        }
        // Doubles are dense near 0 and sparse near 1: find a root above ½ as 1 − y, with y the root of the
        // mirrored problem. 1 − p is exact for p >= ½, so nothing is lost in the reflection.
        if (p >= 0.5 && p > regularized(0.5, a, b)) {
            return 1.0 - solve(1.0 - p, b, a);
        }
        return solve(p, a, b);
    }

    private static double solve(double p, double a, double b) {
        double lo = 0.0;
        double hi = 1.0;
        double x = a / (a + b);
        for (int i = 0; i < MAX_ROOT_STEPS; i++) {
            double error = regularized(x, a, b) - p;
            if (error == 0.0) {
                return x;
            }
            if (error < 0.0) {
                lo = x;
            } else {
                hi = x;
            }
            double next = x - error / density(x, a, b);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= EPSILON * next || hi - lo <= EPSILON * lo) {
                return next;
            }
            x = next;
        }
        return x;
    }

    /** Modified Lentz evaluation of the continued fraction for I_x(a, b) (Numerical Recipes, 3rd ed., §6.4). */
    private static double continuedFraction(double x, double a, double b) {
        double c = 1.0;
        double d = nonZero(1.0 - (a + b) * x / (a + 1.0));
        d = 1.0 / d;
        double result = d;
        for (int m = 1; m <= MAX_TERMS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a - 1.0 + m2) * (a + m2));
            d = 1.0 / nonZero(1.0 + even * d);
            c = nonZero(1.0 + even / c);
            result *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1.0 + m2));
            d = 1.0 / nonZero(1.0 + odd * d);
            c = nonZero(1.0 + odd / c);
            double delta = d * c;
            result *= delta;
            if (Math.abs(delta - 1.0) < EPSILON) {
                return result;
            }
        }
        throw new ArithmeticException("incomplete beta did not converge for x=" + x + " a=" + a + " b=" + b);
    }

    private static double nonZero(double value) {
        return Math.abs(value) < TINY ? TINY : value;
    }

    private static void checkShape(double a, double b) {
        if (!(a > 0.0 && b > 0.0) || Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("Beta shapes must be positive and finite, got a=" + a + " b=" + b);
        }
    }
}
