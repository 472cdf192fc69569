package dev.dtu.engine.shrink;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.run.TrajectoryPlan;
import dev.dtu.engine.scenario.Generator;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks for a smaller trajectory that fails the same way: fewer faults, fewer steps, simpler generated values.
 * Greedy, like property-based testing's shrinkers: keep any simplification that still fails one of the
 * originally failed checks, and start over from it, within a budget of runs.
 */
public final class Shrinker {
    private final Function<TrajectoryPlan, TrajectoryResult> runner;
    private final int budget;

    /** @param runner runs a plan of the scenario (on a lane) and returns its result */
    public Shrinker(Function<TrajectoryPlan, TrajectoryResult> runner, int budget) {
        this.runner = runner;
        this.budget = budget;
    }

    /** The smallest failing result found, or null when nothing smaller fails the same way. */
    public TrajectoryResult shrink(Scenario scenario, TrajectoryPlan plan, TrajectoryResult failure) {
        Set<String> target = failure.failedChecks().stream().map(CheckResult::name).collect(Collectors.toSet());
        TrajectoryPlan best = plan;
        TrajectoryResult bestResult = null;
        int runs = 0;
        boolean improved = true;
        while (improved && runs < budget) {
            improved = false;
            for (TrajectoryPlan candidate : candidates(scenario, best)) {
                if (runs++ >= budget) {
                    break;
                }
                TrajectoryResult r = runner.apply(candidate);
                if (r.judgedUnsatisfied() && r.failedChecks().stream().anyMatch(c -> target.contains(c.name()))) {
                    best = candidate;
                    bestResult = r;
                    improved = true;
                    break;
                }
            }
        }
        return bestResult;
    }

    /** Simplifications of a plan, biggest first: drop fault rules, drop steps (last first), simplify variables. */
    static List<TrajectoryPlan> candidates(Scenario scenario, TrajectoryPlan plan) {
        List<TrajectoryPlan> out = new ArrayList<>();
        for (int i = 0; i < scenario.faults().size(); i++) {
            if (!plan.droppedFaults().contains(i)) {
                out.add(plan.dropFault(i));
            }
        }
        List<Step> steps = scenario.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).essential() && !plan.droppedSteps().contains(i)) {
                out.add(plan.dropStep(i));
            }
        }
        for (var e : scenario.vars().entrySet()) {
            if (!(e.getValue() instanceof Generator.Template) && !plan.simplifiedVars().contains(e.getKey())) {
                out.add(plan.simplify(e.getKey()));
            }
        }
        return out;
    }
}
