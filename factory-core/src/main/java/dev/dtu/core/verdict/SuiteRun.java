package dev.dtu.core.verdict;

import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.List;

/**
 * The raw material of a report: the suite's scenarios, every trajectory result, errors that stopped
 * scenarios from running at all (invalid scenario, app would not start), and the run's settings.
 * {@code reproductions} are shrunk failing trajectories: minimal reproductions that count towards no
 * statistic but are what reports show as a scenario's smallest failure. {@code settings} are the rest of what
 * shaped the trajectories, so a report can replay any of them.
 */
public record SuiteRun(
        List<ScenarioInfo> scenarios,
        List<TrajectoryResult> trajectories,
        List<String> errors,
        VerdictPolicy policy,
        long masterSeed,
        Shard shard,
        List<TrajectoryResult> reproductions,
        RunSettings settings) {

    public SuiteRun(List<ScenarioInfo> scenarios, List<TrajectoryResult> trajectories, List<String> errors,
                    VerdictPolicy policy, long masterSeed, Shard shard) {
        this(scenarios, trajectories, errors, policy, masterSeed, shard, List.of());
    }

    public SuiteRun(List<ScenarioInfo> scenarios, List<TrajectoryResult> trajectories, List<String> errors,
                    VerdictPolicy policy, long masterSeed, Shard shard, List<TrajectoryResult> reproductions) {
        this(scenarios, trajectories, errors, policy, masterSeed, shard, reproductions, RunSettings.NONE);
    }

    public SuiteRun {
        scenarios = List.copyOf(scenarios);
        trajectories = List.copyOf(trajectories);
        reproductions = reproductions == null ? List.of() : List.copyOf(reproductions);
        errors = errors == null ? List.of() : List.copyOf(errors);
        policy = policy == null ? VerdictPolicy.DEFAULT : policy;
        shard = shard == null ? Shard.WHOLE : shard;
        settings = settings == null ? RunSettings.NONE : settings;
    }
}
