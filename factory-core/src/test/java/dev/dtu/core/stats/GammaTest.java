package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class GammaTest {

    @Test
    void logGammaMatchesFactorialsAndSqrtPi() {
        assertEquals(0.0, Gamma.logGamma(1.0), 1e-13);
        assertEquals(0.0, Gamma.logGamma(2.0), 1e-13);
        assertEquals(Math.log(362880.0), Gamma.logGamma(10.0), 1e-12);
        assertEquals(0.5 * Math.log(Math.PI), Gamma.logGamma(0.5), 1e-14);
        assertEquals(Math.log(Math.sqrt(Math.PI) / 2), Gamma.logGamma(1.5), 1e-14);
        assertEquals(Math.log(9.513507698668732), Gamma.logGamma(0.1), 1e-13); // reflection branch
    }

    @Test
    void logBetaOfOneAndOneIsZero() {
        assertEquals(0.0, Gamma.logBeta(1.0, 1.0), 1e-13);
        assertEquals(Math.log(Math.PI), Gamma.logBeta(0.5, 0.5), 1e-13);
    }

    @Property(tries = 300)
    void logBetaMatchesItsDefinitionAndIsSymmetric(
            @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 400) double a,
            @ForAll @Scale(6) @DoubleRange(min = 0.01, max = 400) double b) {
        double definition = Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
        assertEquals(definition, Gamma.logBeta(a, b), 1e-12 * Math.max(1.0, Gamma.logGamma(a + b)));
        assertEquals(Gamma.logBeta(a, b), Gamma.logBeta(b, a), 0.0);
    }

    @Test
    void rejectsNonPositiveArguments() {
        assertThrows(IllegalArgumentException.class, () -> Gamma.logGamma(0.0));
        assertThrows(IllegalArgumentException.class, () -> Gamma.logGamma(-1.5));
    }

    @Property(tries = 300)
    void satisfiesTheRecurrence(@ForAll @Scale(6) @DoubleRange(min = 0.01, max = 500) double x) {
        assertEquals(Gamma.logGamma(x) + Math.log(x), Gamma.logGamma(x + 1.0), 1e-11 * Math.max(1.0, Math.abs(Gamma.logGamma(x + 1.0))));
    }
}
