package dev.dtu.engine.shrink;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.Exchange;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.run.TrajectoryPlan;
import dev.dtu.engine.scenario.Generator;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.Step;
import dev.dtu.server.faults.FaultRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks for a smaller trajectory that fails the same way: fewer faults, fewer steps, simpler generated values.
 * Greedy, like property-based testing's shrinkers: keep any simplification that still fails the same way, and
 * start over from it, within a budget of runs. "The same way" keeps the failure's cause, not just its name:
 * exactly the same checks fail, each as before (false, or threw), and the journal still shows the evidence
 * those checks read — every kind of exchange (request or delivery, twin, operation, status) of the original
 * failure that was a fault hit (a status a scenario fault rule gives to a request it matches), that a failing
 * check's script names by operation, or, when a failing check's script reads deliveries, that was a delivery.
 * A fault rule that matched any request of the failure is never dropped.
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
        Set<String> evidence = evidenceRead(scenario, failure);
        TrajectoryPlan best = plan;
        TrajectoryResult bestResult = null;
        int runs = 0;
        boolean improved = true;
        while (improved && runs < budget) {
            improved = false;
            for (TrajectoryPlan candidate : candidates(scenario, best, failure.exchanges())) {
                if (runs++ >= budget) {
                    break;
                }
                TrajectoryResult r = runner.apply(candidate);
                if (failsTheSameWay(r, target) && evidence(r).containsAll(evidence)) {
                    best = candidate;
                    bestResult = r;
                    improved = true;
                    break;
                }
            }
        }
        return bestResult;
    }

    /** Still unsatisfied, through exactly the original failed checks, each failing as it did. */
    static boolean failsTheSameWay(TrajectoryResult r, Set<String> target) {
        Set<String> failed = r.failedChecks().stream().map(Shrinker::identity).collect(Collectors.toSet());
        return r.judgedUnsatisfied() && !failed.isEmpty() && target.equals(failed);
    }

    /** The kinds of exchange a trajectory's journal shows: request or delivery, twin, operation, status. */
    static Set<String> evidence(TrajectoryResult r) {
        return r.exchanges().stream().map(Shrinker::kind).collect(Collectors.toSet());
    }

    private static String kind(Exchange e) {
        return (delivery(e) ? "delivery " : "request ") + e.twin() + " " + e.operation() + " " + e.status();
    }

    private static boolean delivery(Exchange e) {
        return e.path().startsWith("→");
    }

    /** The kinds of exchange of the failure its failing checks read: fault hits, named operations, deliveries. */
    static Set<String> evidenceRead(Scenario scenario, TrajectoryResult failure) {
        Set<String> failing = failure.failedChecks().stream().map(CheckResult::name).collect(Collectors.toSet());
        List<String> scripts = scenario.judge().checks().stream().filter(c -> failing.contains(c.name()))
                .map(Scenario.Check::js).toList();
        return failure.exchanges().stream()
                .filter(e -> faultHit(scenario, e)
                        || (!e.operation().isBlank() && scripts.stream().anyMatch(js -> js.contains(e.operation())))
                        || (delivery(e) && scripts.stream().anyMatch(js -> js.contains("delivery"))))
                .map(Shrinker::kind).collect(Collectors.toSet());
    }

    /** An answer a scenario fault rule gives (an error status, or a dropped connection) to a request it matches. */
    private static boolean faultHit(Scenario scenario, Exchange e) {
        if (delivery(e) || !(e.status() >= 400 || e.status() == 0)) {
            return false;
        }
        for (JsonNode rule : scenario.faults()) {
            if (matchedAny(rule, List.of(e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a scenario's fault rule (as written, maybe templated) matched any of these requests. A templated
     * field may match anything, so such a rule counts as matched.
     */
    static boolean matchedAny(JsonNode rule, List<Exchange> exchanges) {
        return exchanges.stream().filter(e -> !e.path().startsWith("→")).anyMatch(e ->
                field(rule, "twin", e.twin()) && field(rule, "operation", e.operation())
                        && (rule.path("method").isMissingNode() || templated(rule.path("method"))
                            || rule.path("method").asText().equalsIgnoreCase(e.method()))
                        && (rule.path("path").isMissingNode() || templated(rule.path("path"))
                            || FaultRule.globToRegex(rule.path("path").asText()).matcher(e.path()).matches()));
    }

    private static boolean field(JsonNode rule, String name, String value) {
        JsonNode v = rule.path(name);
        return v.isMissingNode() || v.isNull() || templated(v) || v.asText().equals(value);
    }

    private static boolean templated(JsonNode v) {
        return v.asText().contains("${");
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

    /**
     * Simplifications of a plan, biggest first: drop fault rules none of the failure's requests met, drop steps
     * (last first), simplify variables.
     */
    static List<TrajectoryPlan> candidates(Scenario scenario, TrajectoryPlan plan, List<Exchange> failure) {
        List<TrajectoryPlan> out = new ArrayList<>();
        for (int i = 0; i < scenario.faults().size(); i++) {
            if (!plan.droppedFaults().contains(i) && !matchedAny(scenario.faults().get(i), failure)) {
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
