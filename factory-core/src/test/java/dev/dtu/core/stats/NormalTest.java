package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void quantilesMatchPublishedValues() {
        assertEquals(1.959963984540054, Normal.quantile(0.975), 1e-12);
        assertEquals(2.5758293035489004, Normal.quantile(0.995), 1e-12);
        assertEquals(1.2815515655446004, Normal.quantile(0.9), 1e-12);
        assertEquals(-1.6448536269514722, Normal.quantile(0.05), 1e-12);
        assertEquals(0.0, Normal.quantile(0.5), 1e-15);
    }

    @Test
    void cdfMatchesPublishedValues() {
        assertEquals(0.8413447460685429, Normal.cdf(1.0), 1e-14);
        assertEquals(0.022750131948179195, Normal.cdf(-2.0), 1e-14);
        assertEquals(0.5, Normal.cdf(0.0), 0.0);
    }

    @Test
    void twoSidedCriticalValueOf95PercentIsTheFamous196() {
        assertEquals(1.96, Normal.twoSidedCritical(0.95), 5e-5);
    }

    @Test
    void rejectsProbabilitiesOutsideTheOpenUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1.0));
        assertThrows(IllegalArgumentException.class, () -> Normal.quantile(0.0));
        assertThrows(IllegalArgumentException.class, () -> Normal.twoSidedCritical(1.0));
    }

    @Property(tries = 200)
    void quantileInvertsCdf(@ForAll @Scale(6) @DoubleRange(min = 1e-6, max = 1 - 1e-6) double p) {
        assertEquals(p, Normal.cdf(Normal.quantile(p)), 1e-12);
    }

    @Property(tries = 200)
    void cdfIsSymmetric(@ForAll @Scale(6) @DoubleRange(min = -8, max = 8) double x) {
        assertEquals(1.0, Normal.cdf(x) + Normal.cdf(-x), 1e-14);
    }
}
