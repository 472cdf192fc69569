package dev.dtu.core.trajectory;

/**
 * One check a judge made on a trajectory: its score in [0, 1], whether it passed, its weight in the
 * trajectory's score, and the judge's reason. {@code judge} names the judge when several judges score
 * the same check (null when there is only one).
 */
public record CheckResult(String name, double score, boolean passed, double weight, String reason, String judge) {

    public CheckResult {
        Require.text(name, "check name");
        Require.unitInterval(score, "check score");
        if (!(weight >= 0.0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("check weight must be finite and >= 0, got " + weight);
        }
        reason = reason == null ? "" : reason;
    }

    public static CheckResult pass(String name, String reason) {
        return new CheckResult(name, 1.0, true, 1.0, reason, null);
    }

    public static CheckResult fail(String name, String reason) {
        return new CheckResult(name, 0.0, false, 1.0, reason, null);
    }

    public CheckResult byJudge(String judgeName) {
        return new CheckResult(name, score, passed, weight, reason, judgeName);
    }
}
