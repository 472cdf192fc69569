package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoreTallyTest {

    @Test
    void satisfactionIsTheShareOfSatisfiedTrajectoriesWithWilsonsInterval() {
        ScoreTally tally = ScoreTally.EMPTY.plus(1.0, true).plus(0.0, false).plus(1.0, true);
        assertEquals(2.0 / 3, tally.satisfaction(), 1e-15);
        assertEquals(2, tally.satisfied());
        assertEquals(Wilson.interval(2, 3, 0.9), tally.interval(0.9));
    }

    @Test
    void partialCreditNeverCountsAsSatisfaction() {
        // A check of weight 19 passing and one of weight 1 failing scores 0.95, yet satisfies no one.
        ScoreTally tally = ScoreTally.EMPTY;
        for (int i = 0; i < 130; i++) {
            tally = tally.plus(0.95, false);
        }
        assertEquals(0.0, tally.satisfaction());
        assertEquals(0.95, tally.meanScore(), 1e-9);
        assertEquals(Wilson.interval(0, 130, 0.95), tally.interval(0.95));
    }

    @Test
    void emptyTallyKnowsNothing() {
        assertEquals(0.0, ScoreTally.EMPTY.satisfaction());
        assertEquals(Interval.UNKNOWN, ScoreTally.EMPTY.interval(0.95));
    }

    @Test
    void rejectsScoresOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> ScoreTally.EMPTY.plus(1.5, true));
        assertThrows(IllegalArgumentException.class, () -> ScoreTally.EMPTY.plus(Double.NaN, true));
        assertThrows(IllegalArgumentException.class, () -> new ScoreTally(2, 3.0, 1));
    }
}
