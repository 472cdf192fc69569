package dev.dtu.engine.run;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which trajectory to run: the seed, plus what shrinking took away (steps dropped, variables made simplest,
 * fault rules dropped). A plan with nothing taken away is the trajectory the seed names.
 */
public record TrajectoryPlan(long seed, SortedSet<Integer> droppedSteps, SortedSet<String> simplifiedVars,
                             SortedSet<Integer> droppedFaults) {

    public TrajectoryPlan {
        droppedSteps = new TreeSet<>(droppedSteps);
        simplifiedVars = new TreeSet<>(simplifiedVars);
        droppedFaults = new TreeSet<>(droppedFaults);
    }

    public static TrajectoryPlan of(long seed) {
        return new TrajectoryPlan(seed, new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    }

    public boolean shrunk() {
        return !droppedSteps.isEmpty() || !simplifiedVars.isEmpty() || !droppedFaults.isEmpty();
    }

    public TrajectoryPlan dropStep(int index) {
        SortedSet<Integer> s = new TreeSet<>(droppedSteps);
        s.add(index);
        return new TrajectoryPlan(seed, s, simplifiedVars, droppedFaults);
    }

    public TrajectoryPlan simplify(String var) {
        SortedSet<String> s = new TreeSet<>(simplifiedVars);
        s.add(var);
        return new TrajectoryPlan(seed, droppedSteps, s, droppedFaults);
    }

    public TrajectoryPlan dropFault(int index) {
        SortedSet<Integer> s = new TreeSet<>(droppedFaults);
        s.add(index);
        return new TrajectoryPlan(seed, droppedSteps, simplifiedVars, s);
    }

    /** The options of {@code dtu replay} that name this plan. */
    public String replayOptions() {
        StringBuilder sb = new StringBuilder("--seed ").append(seed);
        if (!droppedSteps.isEmpty()) {
            sb.append(" --drop-steps ").append(join(droppedSteps));
        }
        if (!simplifiedVars.isEmpty()) {
            sb.append(" --simplify ").append(String.join(",", simplifiedVars));
        }
        if (!droppedFaults.isEmpty()) {
            sb.append(" --drop-faults ").append(join(droppedFaults));
        }
        return sb.toString();
    }

    private static String join(Set<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
