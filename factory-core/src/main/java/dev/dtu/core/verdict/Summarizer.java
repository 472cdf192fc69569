package dev.dtu.core.verdict;

import dev.dtu.core.stats.PassHatK;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates a run's trajectory results into per-scenario summaries and the suite's verdict. The result
 * depends only on the set of trajectories, not their order: shards merged in any order summarise the same.
 */
public final class Summarizer {

    private Summarizer() {
    }

    public static SuiteSummary summarize(SuiteRun run) {
        Map<String, List<TrajectoryResult>> byScenario = groupInCanonicalOrder(run.trajectories());
        Map<String, ScenarioInfo> infos = infos(run.scenarios(), byScenario.keySet());
        ScenarioSummarizer scenarioSummarizer = new ScenarioSummarizer(run.policy());
        List<ScenarioSummary> scenarios = infos.values().stream()
                .map(info -> scenarioSummarizer.summarize(info, byScenario.getOrDefault(info.id(), List.of()),
                        reproductionOf(run.reproductions(), info.id())))
                .toList();
        List<String> errors = run.errors().stream().distinct().sorted().toList();
        return new SuiteSummary(
                satisfaction(scenarios), verdict(scenarios, errors), reasons(scenarios, errors),
                run.policy(), run.masterSeed(), run.shard(),
                run.trajectories().size(), PassHatK.meanCurve(scenarios.stream().map(ScenarioSummary::passHatK).toList()), errors, scenarios, run.settings());
    }

    /** The smallest reproduction of a scenario's failure, when shrinking found any (shards may each find one). */
    private static TrajectoryResult reproductionOf(List<TrajectoryResult> reproductions, String scenarioId) {
        return reproductions.stream().filter(r -> r.scenarioId().equals(scenarioId))
                .min(TrajectoryResult.BY_SIZE).orElse(null);
    }

    /**
     * Each scenario's satisfaction weighted as the suite says. Scenarios are weighted as wholes, not by how
     * many trajectories they ran, because sequential stopping runs the easy ones for fewer trajectories.
     */
    static double satisfaction(List<ScenarioSummary> scenarios) {
        double weighted = 0.0;
        double totalWeight = 0.0;
        for (ScenarioSummary scenario : scenarios) {
            if (scenario.trajectories() > 0) {
                weighted += scenario.weight() * scenario.satisfaction();
                totalWeight += scenario.weight();
            }
        }
        return totalWeight == 0.0 ? 0.0 : Math.min(1.0, weighted / totalWeight);
    }

    private static Verdict verdict(List<ScenarioSummary> scenarios, List<String> errors) {
        if (!errors.isEmpty() || scenarios.isEmpty()) {
            return Verdict.ERROR;
        }
        return scenarios.stream().map(ScenarioSummary::verdict).reduce(Verdict.CONVERGED, Verdict::worst);
    }

    private static List<String> reasons(List<ScenarioSummary> scenarios, List<String> errors) {
        List<String> reasons = new ArrayList<>(errors);
        if (scenarios.isEmpty()) {
            reasons.add("the suite has no scenarios");
        }
        scenarios.stream()
                .filter(scenario -> scenario.verdict() != Verdict.CONVERGED)
                .forEach(scenario -> reasons.add(scenario.id() + ": " + scenario.verdictReason()));
        return reasons;
    }

    private static Map<String, List<TrajectoryResult>> groupInCanonicalOrder(List<TrajectoryResult> trajectories) {
        Map<String, List<TrajectoryResult>> byScenario = new TreeMap<>();
        TrajectoryResult previous = null;
        for (TrajectoryResult t : trajectories.stream().sorted(TrajectoryResult.CANONICAL_ORDER).toList()) {
            if (previous != null && TrajectoryResult.CANONICAL_ORDER.compare(previous, t) == 0) {
                throw new IllegalArgumentException("trajectory " + t.scenarioId() + " seed " + t.seed() + " appears twice");
            }
            byScenario.computeIfAbsent(t.scenarioId(), id -> new ArrayList<>()).add(t);
            previous = t;
        }
        return byScenario;
    }

    /** The suite's scenarios plus any scenario that produced results without being described, sorted by id. */
    private static Map<String, ScenarioInfo> infos(List<ScenarioInfo> described, Iterable<String> seen) {
        Map<String, ScenarioInfo> infos = new TreeMap<>();
        for (ScenarioInfo info : described) {
            ScenarioInfo previous = infos.putIfAbsent(info.id(), info);
            if (previous != null && !previous.equals(info)) {
                throw new IllegalArgumentException("scenario " + info.id() + " is described twice, differently");
            }
        }
        seen.forEach(id -> infos.putIfAbsent(id, ScenarioInfo.of(id)));
        return new LinkedHashMap<>(infos);
    }
}
