package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class JeffreysTest {

    @Test
    void halfASuccessInOneTrialIsTheUniformPosterior() {
        Interval interval = Jeffreys.interval(0.5, 1, 0.95);
        assertEquals(0.025, interval.lower(), 1e-12);
        assertEquals(0.975, interval.upper(), 1e-12);
    }

    @Test
    void halfASuccessInFortyTrialsIsBetaOneForty() {
        Interval interval = Jeffreys.interval(0.5, 40, 0.9);
        assertEquals(1 - Math.pow(0.95, 1 / 40.0), interval.lower(), 1e-12);
        assertEquals(1 - Math.pow(0.05, 1 / 40.0), interval.upper(), 1e-12);
    }

    @Test
    void boundsAreZeroAndOneAtTheExtremes() {
        assertEquals(0.0, Jeffreys.interval(0, 25, 0.95).lower());
        assertTrue(Jeffreys.interval(0, 25, 0.95).upper() < 0.15);
        assertEquals(1.0, Jeffreys.interval(25, 25, 0.95).upper());
        assertTrue(Jeffreys.interval(25, 25, 0.95).lower() > 0.85);
    }

    @Test
    void agreesWithWilsonForLargeSamples() {
        Interval jeffreys = Jeffreys.interval(3000, 10_000, 0.95);
        Interval wilson = Wilson.interval(3000, 10_000, 0.95);
        assertEquals(wilson.lower(), jeffreys.lower(), 2e-4);
        assertEquals(wilson.upper(), jeffreys.upper(), 2e-4);
    }

    @Test
    void rejectsImpossibleSums() {
        assertThrows(IllegalArgumentException.class, () -> Jeffreys.interval(3.5, 3, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Jeffreys.interval(Double.NaN, 3, 0.95));
    }

    @Property(tries = 300)
    void boundsLieInTheUnitIntervalAroundTheMeanScore(
            @ForAll @IntRange(min = 1, max = 2000) int n,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double meanScore,
            @ForAll @Scale(6) @DoubleRange(min = 0.5, max = 0.999) double confidence) {
        double sum = meanScore * n;
        Interval interval = Jeffreys.interval(sum, n, confidence);
        double mean = sum / n;
        assertTrue(0.0 <= interval.lower() && interval.lower() <= mean && mean <= interval.upper() && interval.upper() <= 1.0,
                interval + " for mean " + mean + " of " + n);
    }

    @Property(tries = 8, seed = "7051")
    void containsThePassRateAtAboutTheStatedFrequency(
            @ForAll @IntRange(min = 50, max = 300) int n,
            @ForAll @Scale(6) @DoubleRange(min = 0.2, max = 0.8) double p,
            @ForAll long seed) {
        double coverage = Coverage.ofPassFail(seed, n, p, successes -> Jeffreys.interval(successes, n, 0.95));
        assertEquals(0.95, coverage, 0.035, "coverage at n=" + n + " p=" + p);
    }

    /** Scores U^(1/μ − 1) for uniform U have mean μ and less variance than pass/fail, so coverage is at least nominal. */
    @Property(tries = 6, seed = "9917")
    void coversTheMeanOfGradedScoresAtLeastAtTheStatedFrequency(
            @ForAll @IntRange(min = 10, max = 120) int n,
            @ForAll @Scale(6) @DoubleRange(min = 0.1, max = 0.9) double mean,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double exponent = 1.0 / mean - 1.0;
        double coverage = Coverage.ofGraded(n, mean, 0.9, () -> Math.pow(random.nextDouble(), exponent));
        assertTrue(coverage >= 0.9 - 0.02, "coverage " + coverage + " at n=" + n + " mean=" + mean);
    }
}
