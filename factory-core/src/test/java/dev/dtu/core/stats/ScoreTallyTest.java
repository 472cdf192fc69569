package dev.dtu.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreTallyTest {

    @Test
    void passFailScoresUseWilson() {
        ScoreTally tally = ScoreTally.EMPTY.plus(1.0, true).plus(0.0, false).plus(1.0, true);
        assertTrue(tally.passFail());
        assertEquals(2.0 / 3, tally.mean(), 1e-15);
        assertEquals(2, tally.satisfied());
        assertEquals(Wilson.interval(2, 3, 0.9), tally.interval(0.9));
    }

    @Test
    void oneGradedScoreSwitchesToJeffreys() {
        ScoreTally tally = ScoreTally.EMPTY.plus(1.0, true).plus(0.25, false);
        assertFalse(tally.passFail());
        assertEquals(0.625, tally.mean(), 1e-15);
        assertEquals(Jeffreys.interval(1.25, 2, 0.9), tally.interval(0.9));
    }

    @Test
    void emptyTallyKnowsNothing() {
        assertEquals(0.0, ScoreTally.EMPTY.mean());
        assertEquals(Interval.UNKNOWN, ScoreTally.EMPTY.interval(0.95));
    }

    @Test
    void rejectsScoresOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> ScoreTally.EMPTY.plus(1.5, true));
        assertThrows(IllegalArgumentException.class, () -> ScoreTally.EMPTY.plus(Double.NaN, true));
        assertThrows(IllegalArgumentException.class, () -> new ScoreTally(2, 3.0, 1, false));
    }
}
