package dev.dtu.core.stats;

/** Whether the evidence so far settles a scenario against the threshold. */
public enum Settlement {
    /** The whole interval is at or above the threshold. */
    SATISFIED,
    /** The whole interval is below the threshold. */
    UNSATISFIED,
    /** The interval straddles the threshold: more trajectories are needed. */
    UNSETTLED;

    public static Settlement of(Interval interval, double threshold) {
        if (interval.lower() >= threshold) {
            return SATISFIED;
        }
        if (interval.upper() < threshold) {
            return UNSATISFIED;
        }
        return UNSETTLED;
    }

    public boolean isSettled() {
        return this != UNSETTLED;
    }
}
