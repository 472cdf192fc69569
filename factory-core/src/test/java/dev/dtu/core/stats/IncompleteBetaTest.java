package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IncompleteBetaTest {

    @Test
    void arcsineLawForHalfHalf() {
        // I_x(½, ½) = (2/π) arcsin √x
        for (double x : new double[] {1e-9, 0.01, 0.2, 0.5, 0.73, 0.999}) {
            assertEquals(2 / Math.PI * Math.asin(Math.sqrt(x)), IncompleteBeta.regularized(x, 0.5, 0.5), 1e-13, "x=" + x);
        }
    }

    @Test
    void powerLawsWhenAShapeIsOne() {
        assertEquals(Math.pow(0.3, 2.5), IncompleteBeta.regularized(0.3, 2.5, 1.0), 1e-14);
        assertEquals(1 - Math.pow(1 - 0.3, 7.25), IncompleteBeta.regularized(0.3, 1.0, 7.25), 1e-14);
        assertEquals(0.42, IncompleteBeta.regularized(0.42, 1.0, 1.0), 1e-14);
    }

    @Test
    void endpointsAndSymmetricMedian() {
        assertEquals(0.0, IncompleteBeta.regularized(0.0, 3, 4));
        assertEquals(1.0, IncompleteBeta.regularized(1.0, 3, 4));
        assertEquals(0.5, IncompleteBeta.regularized(0.5, 37.5, 37.5), 1e-14);
    }

    @Test
    void largeShapesStayAccurate() {
        // I_x(a, b) for integers is a binomial tail: P(Bin(a+b-1, x) >= a); here with a+b-1 = 1999.
        assertEquals(binomialUpperTail(1999, 0.5, 1000), IncompleteBeta.regularized(0.5, 1000, 1000), 1e-10);
        assertEquals(binomialUpperTail(1999, 0.52, 1000), IncompleteBeta.regularized(0.52, 1000, 1000), 1e-10);
    }

    @Test
    void staysAccurateWithOneTinyAndOneLargeShape() {
        double high = 1 - 1e-6;
        assertEquals(1.0, IncompleteBeta.regularized(1 - high, 0.051891, 261.690538)
                + IncompleteBeta.regularized(high, 261.690538, 0.051891), 1e-14);
    }

    @Test
    void inverseMatchesClosedForms() {
        // Beta(½, ½) quantile is sin²(πp/2); Beta(1, b) quantile is 1 − (1 − p)^(1/b).
        assertEquals(Math.pow(Math.sin(Math.PI * 0.025 / 2), 2), IncompleteBeta.inverse(0.025, 0.5, 0.5), 1e-14);
        assertEquals(1 - Math.pow(1 - 0.975, 1 / 40.0), IncompleteBeta.inverse(0.975, 1.0, 40.0), 1e-13);
        assertEquals(Math.pow(0.025, 1 / 0.5), IncompleteBeta.inverse(0.025, 0.5, 1.0), 1e-15);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> IncompleteBeta.regularized(1.5, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> IncompleteBeta.regularized(0.5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> IncompleteBeta.inverse(-0.1, 1, 1));
    }

    @Property(tries = 300)
    void integerShapesEqualTheBinomialTail(
            @ForAll @IntRange(min = 1, max = 60) int a,
            @ForAll @IntRange(min = 1, max = 60) int b,
            @ForAll @Scale(6) @DoubleRange(min = 0.0, max = 1.0) double x) {
        assertEquals(binomialUpperTail(a + b - 1, x, a), IncompleteBeta.regularized(x, a, b), 1e-12);
    }

    @Property(tries = 300)
    void reflectionSymmetry(
            @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 300) double a,
            @ForAll @Scale(6) @DoubleRange(min = 0.05, max = 300) double b,
            @ForAll @Scale(6) @DoubleRange(min = 0.0, max = 1.0) double x) {
        // 1 − x is rounded unless x >= ½; mirror x so that both arguments are exact.
        double high = Math.max(x, 1 - x);
        double low = 1 - high;
        // The continued fraction converges to about 1e-14 relative; summing two evaluations of shapes up to 300
        // loses a little more (1.0e-12 was seen), far below what an interval bound of a satisfaction rate needs.
        assertEquals(1.0, IncompleteBeta.regularized(low, a, b) + IncompleteBeta.regularized(high, b, a), 1e-10);
    }

    @Test
    void inverseStaysAccurateWhenTheMassSitsNextToOne() {
        double x = IncompleteBeta.inverse(0.5, 40.0, 0.05);
        assertEquals(0.5, IncompleteBeta.regularized(x, 40.0, 0.05), 1e-9);
        assertTrue(x < 1.0);
    }

    @Property(tries = 300)
    void inverseInvertsTheDistributionFunction(
            @ForAll @Scale(6) @DoubleRange(min = 0.1, max = 500) double a,
            @ForAll @Scale(6) @DoubleRange(min = 0.1, max = 500) double b,
            @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 0.999) double p) {
        double x = IncompleteBeta.inverse(p, a, b);
        // Where the density is huge, no double hits p closely; then x must be within a few ulps of the root.
        double below = IncompleteBeta.regularized(Math.max(0.0, x - 4 * Math.ulp(x)), a, b);
        double above = IncompleteBeta.regularized(Math.min(1.0, x + 4 * Math.ulp(x)), a, b);
        assertTrue(below <= p + 1e-10 && p - 1e-10 <= above, "x=" + x + " brackets [" + below + ", " + above + "]");
    }

    /** P(X >= k) for X ~ Binomial(n, p), summed in log space term by term. */
    static double binomialUpperTail(int n, double p, int k) {
        if (p == 0.0) {
            return k == 0 ? 1.0 : 0.0;
        }
        if (p == 1.0) {
            return 1.0;
        }
        double sum = 0.0;
        for (int j = k; j <= n; j++) {
            double logTerm = Gamma.logGamma(n + 1.0) - Gamma.logGamma(j + 1.0) - Gamma.logGamma(n - j + 1.0)
                    + j * Math.log(p) + (n - j) * Math.log1p(-p);
            sum += Math.exp(logTerm);
        }
        return sum;
    }
}
