package dev.dtu.engine.judge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.trajectory.CheckResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringTest {
    private static final CheckResult HEAVY_PASS = new CheckResult("reply posted", 1.0, true, 19, "", null);
    private static final CheckResult LIGHT_FAIL = new CheckResult("reply threaded", 0.0, false, 1, "not threaded", null);

    @Test
    void withoutAThresholdEveryCheckMustPass() {
        List<CheckResult> checks = List.of(HEAVY_PASS, LIGHT_FAIL);
        assertEquals(0.95, Scoring.weightedScore(checks), 1e-12);
        assertFalse(Scoring.satisfied(checks, null), "a high score with a failed check satisfies no one");
    }

    @Test
    void aPassingProbabilityCheckSatisfiesWithoutAThreshold() {
        List<CheckResult> checks = List.of(HEAVY_PASS, new CheckResult("tone", 0.7, true, 1, "", null));
        assertTrue(Scoring.satisfied(checks, null));
    }

    @Test
    void theJudgesOwnThresholdAppliesToTheWeightedScore() {
        List<CheckResult> checks = List.of(HEAVY_PASS, LIGHT_FAIL);
        assertTrue(Scoring.satisfied(checks, 0.9));
        assertFalse(Scoring.satisfied(checks, 0.96));
    }
}
