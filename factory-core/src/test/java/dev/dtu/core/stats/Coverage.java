package dev.dtu.core.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/** Seeded simulation of how often an interval contains the true rate. */
final class Coverage {

    static final int SAMPLES = 2000;

    private Coverage() {
    }

    /** Pass/fail trajectories with success rate p: the fraction of SAMPLES intervals that contain p. */
    static double ofPassFail(long seed, int n, double p, Function<Integer, Interval> intervalForSuccesses) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Integer, Interval> cache = new HashMap<>();
        int covered = 0;
        for (int sample = 0; sample < SAMPLES; sample++) {
            int successes = 0;
            for (int i = 0; i < n; i++) {
                successes += random.nextDouble() < p ? 1 : 0;
            }
            if (cache.computeIfAbsent(successes, intervalForSuccesses).contains(p)) {
                covered++;
            }
        }
        return covered / (double) SAMPLES;
    }

    /** Graded trajectories drawn from {@code score}, whose mean is {@code mean}. */
    static double ofGraded(int n, double mean, double confidence, DoubleSupplier score) {
        int covered = 0;
        for (int sample = 0; sample < SAMPLES; sample++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += score.getAsDouble();
            }
            if (Jeffreys.interval(Math.min(sum, n), n, confidence).contains(mean)) {
                covered++;
            }
        }
        return covered / (double) SAMPLES;
    }
}
