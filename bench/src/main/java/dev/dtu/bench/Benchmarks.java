package dev.dtu.bench;

import dev.dtu.bench.report.BenchResult;
import dev.dtu.bench.durability.DurabilityBench;
import dev.dtu.bench.hotpaths.HotPathsBench;
import dev.dtu.bench.serving.ServingBench;
import dev.dtu.bench.sweeps.SweepBench;
import dev.dtu.bench.universes.UniverseBench;

/** The benchmarks by name. */
public final class Benchmarks {
    public enum Name { serving, universes, sweeps, durability, hotpaths }

    private Benchmarks() {}

    public static BenchResult run(Name name, boolean quick, java.nio.file.Path root) throws Exception {
        return switch (name) {
            case serving -> new ServingBench(quick).run();
            case universes -> new UniverseBench(quick).run();
            case sweeps -> new SweepBench(quick, root).run();
            case durability -> new DurabilityBench(quick).run();
            case hotpaths -> new HotPathsBench(quick).run();
        };
    }
}
