package dev.dtu.core.stats;

/** A closed interval inside [0, 1] around a rate: the plausible range of a scenario's satisfaction. */
public record Interval(double lower, double upper) {

    public static final Interval UNKNOWN = new Interval(0.0, 1.0);

    public Interval {
        if (!(0.0 <= lower && lower <= upper && upper <= 1.0)) {
            throw new IllegalArgumentException("need 0 <= lower <= upper <= 1, got [" + lower + ", " + upper + "]");
        }
    }

    public boolean contains(double rate) {
        return lower <= rate && rate <= upper;
    }

    public double width() {
        return upper - lower;
    }

    /** Widens the interval just enough to hold {@code rate}. */
    Interval including(double rate) {
        return new Interval(Math.min(lower, rate), Math.max(upper, rate));
    }
}
