package dev.dtu.core.trajectory;

import java.util.Comparator;
import java.util.List;

/**
 * Everything the engine learned from one trajectory of one scenario. A trajectory is reproducible from
 * (scenarioId, seed). {@code error} is set when the harness itself failed (the app would not start, a
 * driver crashed): such a trajectory has no meaningful score. {@code needsHuman} is set when a judge asked
 * for a person to look. {@code vars} are the variables drawn for it (text as is, other values as JSON);
 * {@code twinGaps} name what the twin got wrong rather than the app: an operation the app called that the twin
 * does not serve, or a 5xx the twin gave by itself (not an injected fault).
 */
public record TrajectoryResult(
        String scenarioId,
        long seed,
        double score,
        boolean satisfied,
        List<CheckResult> checks,
        List<StepRecord> steps,
        List<Exchange> exchanges,
        String error,
        boolean needsHuman,
        String needsHumanReason,
        String replayCommand,
        long durationMs,
        java.util.Map<String, String> vars,
        List<String> twinGaps) {

    /** The order reports use, and the order aggregation sums in, so results do not depend on arrival order. */
    public static final Comparator<TrajectoryResult> CANONICAL_ORDER =
            Comparator.comparing(TrajectoryResult::scenarioId).thenComparingLong(TrajectoryResult::seed);

    /** Smaller means an easier reproduction: fewer steps, then fewer requests, then the lower seed. */
    public static final Comparator<TrajectoryResult> BY_SIZE =
            Comparator.comparingInt((TrajectoryResult t) -> t.steps().size())
                    .thenComparingInt(t -> t.exchanges().size())
                    .thenComparingLong(TrajectoryResult::seed);

    public TrajectoryResult(String scenarioId, long seed, double score, boolean satisfied, List<CheckResult> checks,
                            List<StepRecord> steps, List<Exchange> exchanges, String error, boolean needsHuman,
                            String needsHumanReason, String replayCommand, long durationMs) {
        this(scenarioId, seed, score, satisfied, checks, steps, exchanges, error, needsHuman, needsHumanReason, replayCommand,
                durationMs, null, null);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public TrajectoryResult {
        Require.text(scenarioId, "scenario id");
        vars = vars == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
        twinGaps = twinGaps == null ? List.of() : List.copyOf(twinGaps);
        Require.unitInterval(score, "trajectory score");
        checks = checks == null ? List.of() : List.copyOf(checks);
        steps = steps == null ? List.of() : List.copyOf(steps);
        exchanges = exchanges == null ? List.of() : List.copyOf(exchanges);
        error = error == null || error.isBlank() ? null : error;
        needsHumanReason = needsHumanReason == null ? "" : needsHumanReason;
        replayCommand = replayCommand == null ? "" : replayCommand;
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must be >= 0, got " + durationMs);
        }
    }

    /** A trajectory the harness could not run; it counts towards no statistic. */
    public static TrajectoryResult harnessError(String scenarioId, long seed, String error, String replayCommand) {
        return new TrajectoryResult(scenarioId, seed, 0.0, false, null, null, null, error, false, null, replayCommand, 0);
    }

    public boolean harnessFailed() {
        return error != null;
    }

    /** Judged, and the user was not satisfied. */
    public boolean judgedUnsatisfied() {
        return !harnessFailed() && !satisfied;
    }

    /** Judged, not satisfied, and the twin fell short in it: the failure may be the twin's, not the app's. */
    public boolean failedBesideTwinGap() {
        return judgedUnsatisfied() && !twinGaps.isEmpty();
    }

    /**
     * The same trajectory without its journal and step log (what a report keeps of a satisfied trajectory unless
     * asked to keep journals): the verdict, checks, variables and replay command remain.
     */
    public TrajectoryResult summarised() {
        return new TrajectoryResult(scenarioId, seed, score, satisfied, checks, null, null, error, needsHuman,
                needsHumanReason, replayCommand, durationMs, vars, twinGaps);
    }

    /** The same trajectory with what the twin got wrong in it. */
    public TrajectoryResult withTwinGaps(List<String> gaps) {
        return new TrajectoryResult(scenarioId, seed, score, satisfied, checks, steps, exchanges, error, needsHuman,
                needsHumanReason, replayCommand, durationMs, vars, gaps);
    }

    public List<CheckResult> failedChecks() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }
}
