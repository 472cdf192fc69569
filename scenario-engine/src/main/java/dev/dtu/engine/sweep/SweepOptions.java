package dev.dtu.engine.sweep;

import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.VerdictPolicy;

/**
 * How a sweep runs.
 *
 * @param trajectories run exactly this many per scenario (0: stop early once the interval settles)
 * @param budget the most trajectories per scenario when stopping early
 * @param batch trajectories run between stop decisions; decisions never depend on the lane count
 * @param shard this machine's slice: trajectory i runs here when i % count == index
 * @param appEnv environment added to every app under test ({@code --app-env}); recorded and replayed
 * @param timeScale universe seconds per real second for scenarios without their own {@code timeScale}
 *                  ({@code --time-scale}); recorded and replayed
 */
public record SweepOptions(int trajectories, int budget, int parallel, long seed, VerdictPolicy policy, Shard shard,
                           int batch, boolean shrink, int shrinkBudget, java.util.Map<String, String> appEnv,
                           double timeScale) {

    public static SweepOptions defaults() {
        return new SweepOptions(0, 200, 2, 1, VerdictPolicy.DEFAULT, Shard.WHOLE, 10, true, 40);
    }

    public SweepOptions(int trajectories, int budget, int parallel, long seed, VerdictPolicy policy, Shard shard,
                        int batch, boolean shrink, int shrinkBudget) {
        this(trajectories, budget, parallel, seed, policy, shard, batch, shrink, shrinkBudget, java.util.Map.of());
    }

    public SweepOptions(int trajectories, int budget, int parallel, long seed, VerdictPolicy policy, Shard shard,
                        int batch, boolean shrink, int shrinkBudget, java.util.Map<String, String> appEnv) {
        this(trajectories, budget, parallel, seed, policy, shard, batch, shrink, shrinkBudget, appEnv, 1);
    }

    /** The same options at another time scale. */
    public SweepOptions withTimeScale(double scale) {
        return new SweepOptions(trajectories, budget, parallel, seed, policy, shard, batch, shrink, shrinkBudget, appEnv, scale);
    }

    public SweepOptions {
        appEnv = appEnv == null ? java.util.Map.of() : java.util.Map.copyOf(appEnv);
        if (trajectories < 0 || budget < 1 || parallel < 1 || batch < 1 || shrinkBudget < 0) {
            throw new IllegalArgumentException("trajectories >= 0, budget, parallel and batch >= 1");
        }
        if (!(timeScale > 0) || timeScale > dev.dtu.server.universe.UniverseClock.MAX_SCALE) {
            throw new IllegalArgumentException("--time-scale must be above 0 and at most "
                    + (int) dev.dtu.server.universe.UniverseClock.MAX_SCALE + ", not " + timeScale);
        }
    }

    /** Whether this run stops early; a sharded run never does, so shards add up to a whole run. */
    public boolean sequential() {
        return trajectories == 0 && shard.count() == 1;
    }

    /** How many trajectory indexes the sweep may visit per scenario. */
    public int limit() {
        return trajectories > 0 ? trajectories : budget;
    }
}
