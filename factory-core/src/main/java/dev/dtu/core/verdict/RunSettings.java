package dev.dtu.core.verdict;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every setting of a sweep that shaped its trajectories, besides the verdict policy and the master seed (kept
 * beside it): the environment given to every app under test ({@code --app-env}), the scenario files by id, how
 * many trajectories were run and how failures were shrunk. {@code dtu replay --report} rebuilds a trajectory
 * from these. The lane count is not here: no result depends on it. {@code keepJournals} false: the report keeps
 * satisfied trajectories summarised (no journal, no step log). {@code timeScale}: the sweep's {@code --time-scale}
 * (universe seconds per real second, 1 in reports from before clocks could run fast).
 */
public record RunSettings(Map<String, String> appEnv, Map<String, String> scenarioFiles, int trajectories, int budget,
                          int batch, boolean shrink, int shrinkBudget, boolean keepJournals, double timeScale) {

    public static final RunSettings NONE = new RunSettings(Map.of(), Map.of(), 0, 0, 0, false, 0, true);

    public RunSettings(Map<String, String> appEnv, Map<String, String> scenarioFiles, int trajectories, int budget,
                       int batch, boolean shrink, int shrinkBudget, boolean keepJournals) {
        this(appEnv, scenarioFiles, trajectories, budget, batch, shrink, shrinkBudget, keepJournals, 1);
    }

    public RunSettings {
        timeScale = timeScale > 0 ? timeScale : 1;
        appEnv = appEnv == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(appEnv));
        scenarioFiles = scenarioFiles == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(scenarioFiles));
    }
}
