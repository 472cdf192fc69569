package dev.dtu.engine.shrink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.Exchange;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.run.TrajectoryPlan;
import dev.dtu.engine.scenario.Generator;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.Step;
import dev.dtu.server.http.Json;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
    static Step act(String label, boolean essential) {
        return new Step.Act(label, essential, "slack", "POST", "messages", NullNode.getInstance(), null);
    }

    static Scenario scenario() {
        Map<String, Generator> vars = new LinkedHashMap<>();
        vars.put("a", new Generator.IntRange(0, 9));
        vars.put("b", new Generator.IntRange(0, 9));
        List<Step> steps = List.of(act("s0", true), act("s1", false), act("s2", false),
                new Step.Wait("w", false, "true", 10), act("s4", false));
        return new Scenario("s", "t", "story", 1, Path.of("s.yaml"), null, vars,
                new Scenario.AppSpec(List.of(), "http://x", Path.of("."), Map.of(), null, 1, null, List.of()),
                Json.object(), Json.parseYaml("[{action: drop}, {action: drop}]"), steps,
                new Scenario.JudgeSpec(List.of(), List.of(), null, 0.5));
    }

    static TrajectoryResult result(TrajectoryPlan p, boolean failed, String check, String reason) {
        List<CheckResult> checks = failed ? List.of(new CheckResult(check, 0, false, 1, reason, null)) : List.of(CheckResult.pass(check, ""));
        return new TrajectoryResult("s", p.seed(), failed ? 0 : 1, !failed, checks, List.of(), List.of(), null, false, null,
                p.replayOptions(), 1);
    }

    @Test
    void findsTheSmallestPlanThatStillFailsTheSameWay() {
        // The bug needs step 2 and fault 1; everything else is noise.
        AtomicInteger runs = new AtomicInteger();
        Function<TrajectoryPlan, TrajectoryResult> runner = p -> {
            runs.incrementAndGet();
            boolean fails = !p.droppedSteps().contains(2) && !p.droppedFaults().contains(1);
            return result(p, fails, "bug", "the check was false");
        };
        TrajectoryPlan start = TrajectoryPlan.of(42);
        TrajectoryResult shrunk = new Shrinker(runner, 100).shrink(scenario(), start, result(start, true, "bug", "x"));
        assertEquals("--seed 42 --drop-steps 1,4 --simplify a,b --drop-faults 0", shrunk.replayCommand());
    }


    @Test
    void waitsEssentialAndSavingStepsAreNeverDropped() {
        Set<Integer> dropped = new java.util.TreeSet<>();
        for (TrajectoryPlan c : Shrinker.candidates(scenario(), TrajectoryPlan.of(1), List.of())) {
            dropped.addAll(c.droppedSteps());
        }
        assertEquals(Set.of(1, 2, 4), dropped);
        Step saving = new Step.Act("x", false, "slack", "POST", "messages", NullNode.getInstance(), "post");
        assertEquals(false, Shrinker.droppable(saving));
    }

    @Test
    void aDifferentFailureIsNotASmallerVersionOfThisOne() {
        Function<TrajectoryPlan, TrajectoryResult> runner = p -> p.shrunk()
                ? result(p, true, "bug", "the check threw: TypeError: undefined")
                : result(p, true, "bug", "the check was false");
        TrajectoryPlan start = TrajectoryPlan.of(3);
        assertNull(new Shrinker(runner, 50).shrink(scenario(), start, runner.apply(start)));
    }

    @Test
    void failingFewerChecksIsNotFailingTheSameWay() {
        Function<TrajectoryPlan, TrajectoryResult> runner = p -> p.shrunk()
                ? result(p, true, "retried", "the check was false")
                : withChecks(result(p, true, "retried", "the check was false"), "replied");
        TrajectoryPlan start = TrajectoryPlan.of(5);
        assertNull(new Shrinker(runner, 50).shrink(scenario(), start, runner.apply(start)));
    }

    @Test
    void aShrunkFailureStillShowsTheFaultHitsItsChecksRead() {
        // Dropping step 1 loses the 429 the check reads: the check still fails, but for another reason.
        Exchange limited = new Exchange("slack", "chat.postMessage", "POST", "/api/chat.postMessage", 429, "", "");
        Exchange posted = new Exchange("slack", "chat.postMessage", "POST", "/api/chat.postMessage", 200, "", "");
        Function<TrajectoryPlan, TrajectoryResult> runner = p -> withExchanges(result(p, true, "retry waited", "the check was false"),
                p.droppedSteps().contains(1) ? List.of(posted) : List.of(limited, posted));
        TrajectoryPlan start = TrajectoryPlan.of(8);
        TrajectoryResult shrunk = new Shrinker(runner, 100).shrink(scenario(), start, runner.apply(start));
        assertFalse(shrunk.replayCommand().contains("--drop-steps 1"), shrunk.replayCommand());
        assertTrue(shrunk.exchanges().contains(limited));
    }

    @Test
    void faultRulesTheFailuresRequestsMetAreNeverDropped() {
        Scenario s = scenario().withFaults(Json.parseYaml("[{twin: slack, operation: chat.postMessage, action: rateLimit},"
                + " {twin: jira, action: drop}, {twin: slack, operation: \"${op}\", action: drop}]"));
        List<Exchange> failure = List.of(new Exchange("slack", "chat.postMessage", "POST", "/api/chat.postMessage", 429, "", ""));
        Set<Integer> dropped = new java.util.TreeSet<>();
        for (TrajectoryPlan c : Shrinker.candidates(s, TrajectoryPlan.of(1), failure)) {
            dropped.addAll(c.droppedFaults());
        }
        assertEquals(Set.of(1), dropped, "only the Jira rule met no request; a templated rule may have");
    }

    static TrajectoryResult withChecks(TrajectoryResult t, String alsoFailed) {
        List<CheckResult> checks = new java.util.ArrayList<>(t.checks());
        checks.add(new CheckResult(alsoFailed, 0, false, 1, "the check was false", null));
        return new TrajectoryResult(t.scenarioId(), t.seed(), 0, false, checks, t.steps(), t.exchanges(), null, false, null,
                t.replayCommand(), 1);
    }

    static TrajectoryResult withExchanges(TrajectoryResult t, List<Exchange> exchanges) {
        return new TrajectoryResult(t.scenarioId(), t.seed(), t.score(), t.satisfied(), t.checks(), t.steps(), exchanges, null,
                false, null, t.replayCommand(), 1);
    }

    @Test
    void theBudgetBoundsTheRuns() {
        AtomicInteger runs = new AtomicInteger();
        Function<TrajectoryPlan, TrajectoryResult> runner = p -> {
            runs.incrementAndGet();
            return result(p, false, "bug", "");
        };
        TrajectoryPlan start = TrajectoryPlan.of(3);
        assertNull(new Shrinker(runner, 3).shrink(scenario(), start, result(start, true, "bug", "x")));
        assertEquals(3, runs.get());
    }
}
