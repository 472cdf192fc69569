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
        Set<String> target = failure.failedChecks().stream().map(Shrinker::identity).collect(Collectors.toSet());
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
                if (failsTheSameWay(r, target)) {
                    best = candidate;
                    bestResult = r;
                    improved = true;
                    break;
                }
            }
        }
        return bestResult;
    }

    /** Still unsatisfied, through some of the original failed checks and no new ones. */
    static boolean failsTheSameWay(TrajectoryResult r, Set<String> target) {
        Set<String> failed = r.failedChecks().stream().map(Shrinker::identity).collect(Collectors.toSet());
        return r.judgedUnsatisfied() && !failed.isEmpty() && target.containsAll(failed);
    }

    /**
     * Whether shrinking may leave a step out. Never a wait (it is how the scenario lets the app act; dropping it
     * only makes the judge look too early) nor a step whose answer is saved (later steps and checks read it).
     */
    static boolean droppable(Step step) {
        return !step.essential()
                && !(step instanceof Step.Wait)
                && !(step instanceof Step.Act a && a.save() != null)
                && !(step instanceof Step.Http h && h.save() != null);
    }

    /**
     * What a failure is, for "the same way": the check, and whether it was false or threw. A check that
     * throws because shrinking removed what it reads is a different failure from one that saw the bug.
     */
    private static String identity(CheckResult c) {
        return c.name() + (c.reason().startsWith("the check threw") ? " (threw)" : "");
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
            if (droppable(steps.get(i)) && !plan.droppedSteps().contains(i)) {
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
