package dev.dtu.core.verdict;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Groups a scenario's failing trajectories by the checks that failed, most frequent first. */
final class FailureGroups {

    static final int EXAMPLE_SEEDS = 5;

    private FailureGroups() {
    }

    /** {@code trajectories} must be in canonical order, so the example seeds are the lowest ones. */
    static List<FailureGroup> of(List<TrajectoryResult> trajectories) {
        Map<String, List<Long>> seedsByCheck = new TreeMap<>();
        for (TrajectoryResult trajectory : trajectories) {
            for (String group : groupsOf(trajectory)) {
                seedsByCheck.computeIfAbsent(group, name -> new ArrayList<>()).add(trajectory.seed());
            }
        }
        return seedsByCheck.entrySet().stream()
                .map(entry -> new FailureGroup(entry.getKey(), entry.getValue().size(), firstSeeds(entry.getValue())))
                .sorted(Comparator.comparingInt(FailureGroup::count).reversed().thenComparing(FailureGroup::check))
                .toList();
    }

    private static Set<String> groupsOf(TrajectoryResult trajectory) {
        if (trajectory.harnessFailed()) {
            return Set.of(FailureGroup.HARNESS_ERROR);
        }
        if (trajectory.satisfied()) {
            return Set.of();
        }
        Set<String> failed = new LinkedHashSet<>();
        trajectory.failedChecks().stream().map(CheckResult::name).forEach(failed::add);
        trajectory.twinGaps().forEach(gap -> failed.add(FailureGroup.TWIN_GAP + gap));
        return failed.isEmpty() ? Set.of(FailureGroup.NO_FAILED_CHECK) : failed;
    }

    private static List<Long> firstSeeds(List<Long> seeds) {
        return seeds.subList(0, Math.min(EXAMPLE_SEEDS, seeds.size()));
    }
}
