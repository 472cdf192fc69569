package dev.dtu.core.testing;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.Exchange;
import dev.dtu.core.trajectory.StepRecord;
import dev.dtu.core.trajectory.TrajectoryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Trajectory results for tests: hand-made ones and generated suites. */
public final class Trajectories {

    private Trajectories() {
    }

    public static TrajectoryResult passing(String scenario, long seed) {
        return new TrajectoryResult(scenario, seed, 1.0, true, List.of(CheckResult.pass("issue-created", "found PROJ-1")),
                steps(2), List.of(exchange()), null, false, null, replay(scenario, seed), 40);
    }

    public static TrajectoryResult failing(String scenario, long seed, String... failedChecks) {
        List<CheckResult> checks = new ArrayList<>();
        for (String check : failedChecks) {
            checks.add(CheckResult.fail(check, "expected a message in #ops, found none"));
        }
        return new TrajectoryResult(scenario, seed, 0.0, false, checks, steps(3), List.of(exchange(), exchange()),
                null, false, null, replay(scenario, seed), 55);
    }

    public static TrajectoryResult graded(String scenario, long seed, double score) {
        return new TrajectoryResult(scenario, seed, score, score >= 0.5, List.of(), steps(1), List.of(), null, false, null,
                replay(scenario, seed), 10);
    }

    public static TrajectoryResult withSteps(TrajectoryResult t, int steps) {
        return new TrajectoryResult(t.scenarioId(), t.seed(), t.score(), t.satisfied(), t.checks(), steps(steps), t.exchanges(),
                t.error(), t.needsHuman(), t.needsHumanReason(), t.replayCommand(), t.durationMs());
    }

    public static TrajectoryResult withChecks(TrajectoryResult t, CheckResult... checks) {
        return new TrajectoryResult(t.scenarioId(), t.seed(), t.score(), t.satisfied(), List.of(checks), t.steps(), t.exchanges(),
                t.error(), t.needsHuman(), t.needsHumanReason(), t.replayCommand(), t.durationMs());
    }

    public static TrajectoryResult needingHuman(String scenario, long seed, String reason) {
        TrajectoryResult t = passing(scenario, seed);
        return new TrajectoryResult(scenario, seed, t.score(), t.satisfied(), t.checks(), t.steps(), t.exchanges(),
                null, true, reason, t.replayCommand(), t.durationMs());
    }

    public static String replay(String scenario, long seed) {
        return "./dtu run --scenario " + scenario + " --seed " + seed;
    }

    /** Step i starts 100 ms after step i-1 and takes 80 ms; the last step fails. */
    public static List<StepRecord> steps(int count) {
        List<StepRecord> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String outcome = i == count - 1 ? "failed" : "ok";
            steps.add(new StepRecord(i, "step " + i + ": user posts in #ops", i * 100L, 80, outcome, "detail " + i));
        }
        return steps;
    }

    public static Exchange exchange() {
        return new Exchange("slack", "chat.postMessage", "POST", "/api/chat.postMessage", 200,
                "{\"channel\":\"C1\",\"text\":\"hi\"}", "{\"ok\":true}");
    }

    /** A run of up to {@code scenarios} scenarios with random pass rates, graded or pass/fail, with rare harness errors. */
    public static Arbitrary<List<TrajectoryResult>> suites(int scenarios, int maxPerScenario) {
        return Arbitraries.longs().map(seed -> randomSuite(new SplittableRandom(seed), scenarios, maxPerScenario));
    }

    public static List<TrajectoryResult> randomSuite(SplittableRandom random, int scenarios, int maxPerScenario) {
        List<TrajectoryResult> results = new ArrayList<>();
        for (int s = 0; s < scenarios; s++) {
            String id = "scenario-" + s;
            double rate = random.nextDouble();
            boolean graded = random.nextBoolean();
            int count = random.nextInt(maxPerScenario + 1);
            for (int i = 0; i < count; i++) {
                results.add(random(random, id, 1000L * s + i, rate, graded));
            }
        }
        return results;
    }

    private static TrajectoryResult random(SplittableRandom random, String id, long seed, double rate, boolean graded) {
        if (random.nextInt(50) == 0) {
            return TrajectoryResult.harnessError(id, seed, "driver crashed", replay(id, seed));
        }
        if (graded) {
            return withSteps(graded(id, seed, Math.min(1.0, rate * random.nextDouble() * 2)), 1 + random.nextInt(4));
        }
        boolean pass = random.nextDouble() < rate;
        TrajectoryResult t = pass ? passing(id, seed) : failing(id, seed, random.nextBoolean() ? "message-posted" : "issue-linked");
        return withSteps(t, 1 + random.nextInt(4));
    }
}
