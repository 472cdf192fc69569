package dev.dtu.core.verdict;

/** The factory's convergence signal, as a process exit code its loop can act on. */
public enum Verdict {
    /** Every scenario's interval lies at or above the threshold. */
    CONVERGED(0),
    /** Some scenario is below the threshold, or still unsettled when the budget ran out. */
    MORE_WORK(1),
    /** A judge asked for a person, or judges disagreed beyond the limit. */
    NEEDS_HUMAN(255),
    /** An invalid scenario, an app that would not start, a failing harness: the numbers cannot be trusted. */
    ERROR(2);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /**
     * The more serious of two verdicts, in declaration order: an error outranks a call for a human (whose
     * judgement would rest on numbers that cannot be trusted), which outranks more work.
     */
    public Verdict worst(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
