package dev.dtu.core.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The pass^k estimator of tau-bench (Yao et al., "τ-bench", 2024): for a scenario with c successes in n
 * trajectories, C(c, k) / C(n, k) is the unbiased estimate that k fresh trajectories all succeed. A scenario
 * that passes 80% of the time but flakily has pass^8 far below 0.8^1, which is what makes flakiness visible.
 */
public final class PassHatK {

    public static final int MAX_K = 8;

    private PassHatK() {
    }

    /** C(c, k) / C(n, k), defined for 1 <= k <= n; computed as a product of ratios, so it never overflows. */
    public static double of(long n, long c, int k) {
        if (k < 1 || k > n || c < 0 || c > n) {
            throw new IllegalArgumentException("pass^k needs 1 <= k <= n and 0 <= c <= n, got n=" + n + " c=" + c + " k=" + k);
        }
        double value = 1.0;
        for (int i = 0; i < k && value > 0.0; i++) {
            value *= (double) (c - i) / (n - i);
        }
        return Math.max(0.0, value);
    }

    /** pass^k for k = 1 .. min(n, {@link #MAX_K}). */
    public static List<PassK> curve(long n, long c) {
        List<PassK> curve = new ArrayList<>();
        for (int k = 1; k <= Math.min(n, MAX_K); k++) {
            curve.add(new PassK(k, of(n, c, k)));
        }
        return List.copyOf(curve);
    }

    /** The mean over scenarios of their pass^k, counting only scenarios with at least k trajectories. */
    public static OptionalDouble meanOverScenarios(Collection<ScoreTally> scenarios, int k) {
        return scenarios.stream()
                .filter(tally -> tally.n() >= k)
                .mapToDouble(tally -> of(tally.n(), tally.satisfied(), k))
                .average();
    }

    /** The suite's pass^k curve from its scenarios' curves: at each k, the mean over scenarios that define k. */
    public static List<PassK> meanCurve(Collection<List<PassK>> scenarioCurves) {
        List<PassK> curve = new ArrayList<>();
        for (int k = 1; k <= MAX_K; k++) {
            int index = k - 1;
            OptionalDouble mean = scenarioCurves.stream()
                    .filter(points -> points.size() > index)
                    .mapToDouble(points -> points.get(index).value())
                    .average();
            if (mean.isPresent()) {
                curve.add(new PassK(k, mean.getAsDouble()));
            }
        }
        return List.copyOf(curve);
    }
}
