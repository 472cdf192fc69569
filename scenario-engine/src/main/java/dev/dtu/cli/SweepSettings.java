package dev.dtu.cli;

import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.VerdictPolicy;
import dev.dtu.engine.sweep.SweepOptions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code dtu sweep} and {@code dtu converge} share. */
final class SweepSettings {
    @Parameters(arity = "1..*", paramLabel = "SCENARIOS", description = "Scenario files or folders (any folder: a holdout set works).")
    List<Path> scenarios;

    @Option(names = "--trajectories", description = "Run exactly N trajectories per scenario (default: stop once the verdict is settled).")
    int trajectories;

    @Option(names = "--budget", defaultValue = "200", description = "Most trajectories per scenario when stopping early (default: ${DEFAULT-VALUE}).")
    int budget;

    @Option(names = "--parallel", defaultValue = "2", description = "Lanes: app instances with their own universe (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed; with the scenario it names every trajectory (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threshold", defaultValue = "0.9", description = "Satisfaction each scenario must reach (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--confidence", defaultValue = "0.95", description = "Confidence of the intervals (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--out", defaultValue = "dtu-report", description = "Folder for report.json, junit.xml, feedback.md, report.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--shard", description = "Run slice i of n (1-based, e.g. 2/4); merge with 'dtu report merge'.")
    String shard;

    @Option(names = "--no-shrink", description = "Do not search for a smaller failing trajectory.")
    boolean noShrink;

    @Option(names = "--shrink-budget", defaultValue = "40", description = "Most extra runs spent shrinking one failure (default: ${DEFAULT-VALUE}).")
    int shrinkBudget;

    @Option(names = "--keep-journals", description = "Keep every trajectory's journal and steps in report.json (default: only those of unsatisfied ones).")
    boolean keepJournals;

    @Option(names = "--app-env", paramLabel = "KEY=VALUE", description = "Set an environment variable of every app under test (repeatable).")
    java.util.Map<String, String> appEnv = new java.util.LinkedHashMap<>();

    @Option(names = "--time-scale", defaultValue = "1", paramLabel = "K", description = "Run the universes' clocks, and the "
            + "clocks of apps the engine starts (through libfaketime), K times as fast as real time; a scenario's own timeScale "
            + "wins (default: ${DEFAULT-VALUE}). Waits, Retry-After, backoff and token lifetimes pass K times sooner.")
    double timeScale = 1;

    @Option(names = "--server", paramLabel = "URL", description = "Run against a 'dtu serve' already running at URL (e.g. a sidecar), through its admin API, instead of a server inside this process.")
    String server;

    SweepOptions options() {
        if (trajectories < 0) {
            throw new IllegalArgumentException("--trajectories must be >= 0");
        }
        return new SweepOptions(trajectories, budget, parallel, seed, new VerdictPolicy(threshold, confidence, 0.5),
                shard(), 10, !noShrink, shrinkBudget, appEnv, timeScale);
    }

    private Shard shard() {
        if (shard == null) {
            return Shard.WHOLE;
        }
        String[] parts = shard.split("/");
        try {
            int i = Integer.parseInt(parts[0]);
            int n = Integer.parseInt(parts[1]);
            if (parts.length != 2 || n < 1 || i < 1 || i > n) {
                throw new NumberFormatException();
            }
            return new Shard(i - 1, n);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--shard must be i/n with 1 <= i <= n, not '" + shard + "'");
        }
    }
}
