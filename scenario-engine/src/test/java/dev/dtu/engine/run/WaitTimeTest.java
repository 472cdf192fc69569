package dev.dtu.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A wait's timeoutMs is universe time, with a floor of real time so a busy machine is not the app's failure. */
class WaitTimeTest {
    @Test
    void aWaitLastsItsTimeoutInUniverseTimeButNotUnderTheFloor() {
        assertEquals(10_000, TrajectoryRunner.realWaitMs(10_000, 1));
        assertEquals(3_000, TrajectoryRunner.realWaitMs(10_000, 10), "1 s of real time is under the floor");
        assertEquals(6_000, TrajectoryRunner.realWaitMs(60_000, 10));
        assertEquals(500, TrajectoryRunner.realWaitMs(500, 10), "a wait shorter than the floor is never lengthened");
        assertEquals(4_000, TrajectoryRunner.realWaitMs(400_000, 100));
    }
}
