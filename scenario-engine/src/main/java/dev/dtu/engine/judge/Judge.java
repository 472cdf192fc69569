package dev.dtu.engine.judge;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.engine.scenario.Scenario;
import dev.dtu.engine.scenario.Scenario.Check;
import java.util.ArrayList;
import java.util.List;

/** Scores a finished trajectory: the scenario's JavaScript checks, then its external judge if it has one. */
public final class Judge {
    private final JsRuntime js;

    public Judge(JsRuntime js) {
        this.js = js;
    }

    /** What judges decided about one trajectory. */
    public record Verdict(List<CheckResult> checks, boolean needsHuman, String needsHumanReason) {}

    /** @param trajectoryJson the trajectory for an external judge, made only if the scenario has one */
    public Verdict judge(Scenario scenario, JsRuntime.Inputs inputs, java.util.function.Supplier<String> trajectoryJson) {
        List<Check> checks = scenario.judge().checks();
        List<CheckResult> results = new ArrayList<>();
        if (!checks.isEmpty()) {
            List<JsRuntime.Outcome> outcomes = js.evaluate(checks.stream().map(Check::js).toList(), inputs);
            for (int i = 0; i < checks.size(); i++) {
                results.add(CheckScore.of(checks.get(i), outcomes.get(i)));
            }
        }
        boolean human = false;
        String humanReason = "";
        if (!scenario.judge().command().isEmpty()) {
            CommandJudge.Answer answer = CommandJudge.ask(scenario.judge().command(), scenario.app().workdir(), trajectoryJson.get());
            results.add(new CheckResult("external judge", answer.score(), answer.score() >= passMark(scenario),
                    1.0, answer.reason(), "command"));
            human = answer.needsHuman();
            humanReason = answer.needsHuman() ? "the external judge asked for a person: " + answer.reason() : "";
            double jsScore = Scoring.weightedScore(results.subList(0, results.size() - 1));
            if (!checks.isEmpty() && Math.abs(jsScore - answer.score()) > scenario.judge().disagreement()) {
                human = true;
                humanReason = String.format("judges disagree: checks scored %.2f, the external judge %.2f", jsScore, answer.score());
            }
        }
        return new Verdict(results, human, humanReason);
    }

    /** The external judge's check passes at the judge's own threshold, else at 0.5 like a scored JS check. */
    private static double passMark(Scenario scenario) {
        return scenario.judge().threshold() == null ? 0.5 : scenario.judge().threshold();
    }
}
