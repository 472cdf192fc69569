package dev.dtu.core.verdict;

import dev.dtu.core.stats.PassK;
import java.util.List;

/**
 * The whole suite's outcome: the weighted satisfaction, the verdict with the reasons behind it, the suite's
 * pass^k curve, one summary per scenario (sorted by scenario id), and the settings that shaped the trajectories.
 */
public record SuiteSummary(
        double satisfaction,
        Verdict verdict,
        List<String> reasons,
        VerdictPolicy policy,
        long masterSeed,
        Shard shard,
        int trajectories,
        List<PassK> passHatK,
        List<String> errors,
        List<ScenarioSummary> scenarios,
        RunSettings settings) {

    public SuiteSummary {
        reasons = List.copyOf(reasons);
        passHatK = List.copyOf(passHatK);
        errors = List.copyOf(errors);
        scenarios = List.copyOf(scenarios);
        settings = settings == null ? RunSettings.NONE : settings;
    }

    public int exitCode() {
        return verdict.exitCode();
    }
}
