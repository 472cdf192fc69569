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

class WilsonTest {

    @Test
    void matchesNewcombesWorkedExamples() {
        // R. G. Newcombe, "Two-sided confidence intervals for the single proportion", Stat. Med. 17, 1998, Table I.
        assertInterval(0.2553, 0.3662, Wilson.interval(81, 263, 0.95));
        assertInterval(0.0624, 0.1605, Wilson.interval(15, 148, 0.95));
        assertInterval(0.0000, 0.1611, Wilson.interval(0, 20, 0.95));
        assertInterval(0.0061, 0.1718, Wilson.interval(1, 29, 0.95));
    }

    @Test
    void noTrajectoriesMeansNothingIsKnown() {
        assertEquals(Interval.UNKNOWN, Wilson.interval(0, 0, 0.95));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(5, 4, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(-1, 4, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval(1, 4, 1.0));
    }

    @Test
    void higherConfidenceGivesAWiderInterval() {
        assertTrue(Wilson.interval(30, 50, 0.99).width() > Wilson.interval(30, 50, 0.95).width());
        assertTrue(Wilson.interval(30, 50, 0.95).width() > Wilson.interval(30, 50, 0.80).width());
    }

    @Property(tries = 500)
    void boundsLieInTheUnitIntervalAroundTheObservedRate(
            @ForAll @IntRange(min = 1, max = 5000) int n,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double fraction,
            @ForAll @Scale(6) @DoubleRange(min = 0.5, max = 0.999) double confidence) {
        int successes = (int) Math.round(fraction * n);
        Interval interval = Wilson.interval(successes, n, confidence);
        double rate = successes / (double) n;
        assertTrue(0.0 <= interval.lower() && interval.lower() <= rate && rate <= interval.upper() && interval.upper() <= 1.0,
                interval + " for " + successes + "/" + n);
    }

    @Property(tries = 200)
    void mirrorsUnderSwappingSuccessesAndFailures(@ForAll @IntRange(min = 1, max = 500) int n, @ForAll @IntRange(min = 0, max = 500) int s) {
        int successes = Math.min(s, n);
        Interval interval = Wilson.interval(successes, n, 0.95);
        Interval mirrored = Wilson.interval(n - successes, n, 0.95);
        assertEquals(interval.lower(), 1 - mirrored.upper(), 1e-12);
        assertEquals(interval.upper(), 1 - mirrored.lower(), 1e-12);
    }

    /**
     * Coverage oscillates with n and p (Brown, Cai and DasGupta 2001): for 50 <= n <= 300 and p in [0.2, 0.8]
     * the exact 95% coverage stays within [0.933, 0.967]; 2000 samples add about ±0.015 of noise.
     */
    @Property(tries = 12, seed = "20240917")
    void containsTheTrueRateAtAboutTheStatedFrequency(
            @ForAll @IntRange(min = 50, max = 300) int n,
            @ForAll @Scale(6) @DoubleRange(min = 0.2, max = 0.8) double p,
            @ForAll long seed) {
        double coverage = Coverage.ofPassFail(seed, n, p, successes -> Wilson.interval(successes, n, 0.95));
        assertEquals(0.95, coverage, 0.035, "coverage at n=" + n + " p=" + p);
    }

    @Test
    void averageCoverageOverManyRatesIsCloseToNominal() {
        double total = 0.0;
        int cases = 0;
        for (int n = 20; n <= 120; n += 25) {
            for (int tenths = 1; tenths <= 9; tenths++) {
                int trajectories = n;
                total += Coverage.ofPassFail(n * 31L + cases, n, tenths / 10.0, s -> Wilson.interval(s, trajectories, 0.9));
                cases++;
            }
        }
        assertEquals(0.9, total / cases, 0.015);
    }

    static void assertInterval(double lower, double upper, Interval actual) {
        assertEquals(lower, actual.lower(), 5e-5, "lower of " + actual);
        assertEquals(upper, actual.upper(), 5e-5, "upper of " + actual);
    }
}
