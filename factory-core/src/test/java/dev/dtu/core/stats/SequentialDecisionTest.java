package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SequentialDecisionTest {

    private final SequentialDecision decision = new SequentialDecision(0.8, 0.95, 5);

    @Test
    void settlementFollowsTheIntervalAgainstTheThreshold() {
        assertEquals(Settlement.SATISFIED, Settlement.of(new Interval(0.8, 0.9), 0.8));
        assertEquals(Settlement.UNSATISFIED, Settlement.of(new Interval(0.5, 0.79), 0.8));
        assertEquals(Settlement.UNSETTLED, Settlement.of(new Interval(0.7, 0.8), 0.8));
    }

    @Test
    void allPassesSettleSatisfiedOnceTheLowerBoundClearsTheThreshold() {
        ScoreTally tally = ScoreTally.EMPTY;
        int stoppedAt = -1;
        for (int i = 1; i <= 100 && stoppedAt < 0; i++) {
            tally = tally.plus(1.0, true);
            if (decision.shouldStop(tally)) {
                stoppedAt = i;
            }
        }
        assertEquals(Settlement.SATISFIED, decision.decide(tally));
        // Wilson lower bound for n/n is n/(n + z²): it first reaches 0.8 at n = 16.
        assertEquals(16, stoppedAt);
    }

    @Test
    void allFailuresSettleUnsatisfiedButNotBeforeTheFloor() {
        ScoreTally tally = ScoreTally.EMPTY;
        for (int i = 0; i < 4; i++) {
            tally = tally.plus(0.0, false);
            assertEquals(Settlement.UNSETTLED, decision.decide(tally), "below the floor of 5 trajectories");
        }
        tally = tally.plus(0.0, false);
        assertEquals(Settlement.UNSATISFIED, decision.decide(tally));
    }

    @Test
    void aRateNearTheThresholdStaysUnsettled() {
        ScoreTally tally = ScoreTally.EMPTY;
        for (int i = 0; i < 100; i++) {
            tally = tally.plus(i % 5 == 0 ? 0.0 : 1.0, i % 5 != 0);
        }
        assertFalse(decision.shouldStop(tally));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new SequentialDecision(1.2, 0.95, 1));
        assertThrows(IllegalArgumentException.class, () -> new SequentialDecision(0.8, 0.95, 0));
        assertThrows(IllegalArgumentException.class, () -> new SequentialDecision(0.8, 1.0, 1));
    }

    @Property(tries = 200)
    void aSettledDecisionAgreesWithTheInterval(
            @ForAll @IntRange(min = 1, max = 400) int n,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double rate,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double threshold) {
        ScoreTally tally = new ScoreTally(n, Math.round(rate * n), Math.round(rate * n));
        SequentialDecision anyFloor = new SequentialDecision(threshold, 0.95, 1);
        Interval interval = tally.interval(0.95);
        switch (anyFloor.decide(tally)) {
            case SATISFIED -> assertTrue(interval.lower() >= threshold);
            case UNSATISFIED -> assertTrue(interval.upper() < threshold);
            case UNSETTLED -> assertTrue(interval.contains(threshold));
        }
    }
}
