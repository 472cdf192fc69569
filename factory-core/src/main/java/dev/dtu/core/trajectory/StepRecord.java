package dev.dtu.core.trajectory;

/** One step the engine drove the app through, timed from the trajectory's start. */
public record StepRecord(int index, String description, long startedAtMs, long durationMs, String outcome, String detail) {

    public StepRecord {
        Require.text(description, "step description");
        if (index < 0 || startedAtMs < 0 || durationMs < 0) {
            throw new IllegalArgumentException("step index and times must be >= 0");
        }
        outcome = outcome == null ? "" : outcome;
        detail = detail == null ? "" : detail;
    }
}
