package dev.dtu.bench;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.durability.DurabilityBench;
import dev.dtu.bench.fairness.FairnessBench;
import dev.dtu.bench.hotpaths.HotPathsBench;
import dev.dtu.bench.serving.ServingBench;
import dev.dtu.bench.serving.WrkBench;
import dev.dtu.bench.sweeps.SweepBench;
import dev.dtu.bench.universes.UniverseBench;

/** The benchmarks by name. */
public final class Benchmarks {
    /** {@code wrk} is not in the default set: it needs the wrk tool, and it cross-checks {@code serving}. */
    public enum Name {
        serving, universes, sweeps, durability, hotpaths, fairness, wrk;

        static final java.util.List<Name> DEFAULT = java.util.List.of(serving, universes, sweeps, durability, hotpaths, fairness);
    }

    private Benchmarks() {}

    public static BenchResult run(Name name, boolean quick, java.nio.file.Path root) throws Exception {
        return switch (name) {
            case serving -> new ServingBench(quick).run();
            case universes -> new UniverseBench(quick).run();
            case sweeps -> new SweepBench(quick, root).run();
            case durability -> new DurabilityBench(quick).run();
            case hotpaths -> new HotPathsBench(quick).run();
            case fairness -> new FairnessBench(quick).run();
            case wrk -> new WrkBench(quick).run();
        };
    }
}
