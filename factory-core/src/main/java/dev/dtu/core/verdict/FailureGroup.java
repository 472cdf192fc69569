package dev.dtu.core.verdict;

import java.util.List;

/** Failing trajectories grouped by the check that failed, with a few seeds to replay. */
public record FailureGroup(String check, int count, List<Long> exampleSeeds) {

    /** The group for failing trajectories in which every check passed (the overall score fell short). */
    public static final String NO_FAILED_CHECK = "(no failed check)";
    /** The group for trajectories the harness could not run. */
    public static final String HARNESS_ERROR = "(harness error)";
    /** The prefix of groups for failing trajectories in which the twin fell short (not the app). */
    public static final String TWIN_GAP = "(twin gap) ";

    public FailureGroup {
        exampleSeeds = List.copyOf(exampleSeeds);
    }
}
