package dev.dtu.engine.judge;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.engine.scenario.Scenario.Check;

/** Turns what a check script returned into a scored check: true/false, or a probability in [0, 1]. */
final class CheckScore {
    private CheckScore() {}

    static CheckResult of(Check check, JsRuntime.Outcome outcome) {
        if (outcome.error() != null) {
            return result(check, 0.0, "the check threw: " + outcome.error());
        }
        Object v = outcome.value();
        if (v instanceof Boolean b) {
            return result(check, b ? 1.0 : 0.0, b ? "" : "the check was false");
        }
        if (v instanceof Double d && !d.isNaN()) {
            double score = Math.max(0.0, Math.min(1.0, d));
            return result(check, score, score >= 0.5 ? "" : "the check scored " + score);
        }
        return result(check, 0.0, "the check returned " + v + ", not a boolean or a probability");
    }

    private static CheckResult result(Check check, double score, String reason) {
        return new CheckResult(check.name(), score, score >= 0.5, check.weight(), reason, null);
    }
}
