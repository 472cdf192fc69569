package dev.dtu.core.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VerdictTest {

    @Test
    void exitCodesAreTheFactoryContract() {
        assertEquals(0, Verdict.CONVERGED.exitCode());
        assertEquals(1, Verdict.MORE_WORK.exitCode());
        assertEquals(2, Verdict.ERROR.exitCode());
        assertEquals(255, Verdict.NEEDS_HUMAN.exitCode());
    }

    @Test
    void errorOutranksHumanOutranksMoreWorkOutranksConverged() {
        assertEquals(Verdict.ERROR, Verdict.NEEDS_HUMAN.worst(Verdict.ERROR));
        assertEquals(Verdict.ERROR, Verdict.ERROR.worst(Verdict.NEEDS_HUMAN));
        assertEquals(Verdict.NEEDS_HUMAN, Verdict.MORE_WORK.worst(Verdict.NEEDS_HUMAN));
        assertEquals(Verdict.MORE_WORK, Verdict.CONVERGED.worst(Verdict.MORE_WORK));
        assertEquals(Verdict.CONVERGED, Verdict.CONVERGED.worst(Verdict.CONVERGED));
    }
}
