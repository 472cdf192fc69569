package dev.dtu.core.verdict;

/**
 * How results become a verdict: the satisfaction a scenario must reach, the confidence of its interval, and
 * how far two judges scoring the same check may differ before a human has to look.
 */
public record VerdictPolicy(double threshold, double confidence, double judgeDisagreementLimit) {

    public static final VerdictPolicy DEFAULT = new VerdictPolicy(0.9, 0.95, 0.5);

    public VerdictPolicy {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must lie in [0, 1], got " + threshold);
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie in (0, 1), got " + confidence);
        }
        if (!(judgeDisagreementLimit >= 0.0 && judgeDisagreementLimit <= 1.0)) {
            throw new IllegalArgumentException("judge disagreement limit must lie in [0, 1], got " + judgeDisagreementLimit);
        }
    }
}
