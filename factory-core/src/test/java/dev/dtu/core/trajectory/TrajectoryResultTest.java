package dev.dtu.core.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dtu.core.testing.Trajectories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryResultTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void missingListsAndTextsBecomeEmpty() {
        TrajectoryResult t = new TrajectoryResult("login", 1, 1.0, true, null, null, null, " ", false, null, null, 0);
        assertEquals(List.of(), t.checks());
        assertEquals(List.of(), t.steps());
        assertEquals(List.of(), t.exchanges());
        assertNull(t.error(), "a blank error is no error");
        assertEquals("", t.replayCommand());
        assertFalse(t.harnessFailed());
    }

    @Test
    void rejectsScoresOutsideTheUnitIntervalAndBlankIds() {
        assertThrows(IllegalArgumentException.class, () -> new TrajectoryResult("login", 1, 1.01, true, null, null, null, null, false, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new TrajectoryResult(" ", 1, 1.0, true, null, null, null, null, false, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new CheckResult("c", -0.1, false, 1.0, "", null));
        assertThrows(IllegalArgumentException.class, () -> new StepRecord(0, "s", -1, 0, "", ""));
    }

    @Test
    void harnessErrorsAreNeitherSatisfiedNorJudgedFailures() {
        TrajectoryResult t = TrajectoryResult.harnessError("login", 3, "app would not start", "./dtu run --seed 3");
        assertTrue(t.harnessFailed());
        assertFalse(t.judgedUnsatisfied());
        assertFalse(t.satisfied());
    }

    @Test
    void failedChecksAreTheOnesThatDidNotPass() {
        TrajectoryResult t = Trajectories.withChecks(Trajectories.passing("login", 1),
                CheckResult.pass("a", ""), CheckResult.fail("b", "why"), CheckResult.fail("c", "").byJudge("gpt"));
        assertEquals(List.of("b", "c"), t.failedChecks().stream().map(CheckResult::name).toList());
        assertEquals("gpt", t.failedChecks().get(1).judge());
    }

    @Test
    void roundTripsThroughJsonWithNullsIntact() throws Exception {
        TrajectoryResult original = TrajectoryResult.harnessError("login", -7, "boom \"quoted\"", "cmd");
        TrajectoryResult failing = Trajectories.failing("sync", Long.MAX_VALUE, "x");
        for (TrajectoryResult t : List.of(original, failing)) {
            String json = mapper.writeValueAsString(t);
            assertFalse(json.contains("harnessFailed") || json.contains("judgedUnsatisfied"), "helpers are not data: " + json);
            assertEquals(t, mapper.readValue(json, TrajectoryResult.class));
        }
    }

    @Test
    void canonicalOrderIsScenarioThenSeedAndSizeOrderPrefersFewerSteps() {
        List<TrajectoryResult> list = new ArrayList<>(List.of(
                Trajectories.passing("b", 1), Trajectories.passing("a", 2), Trajectories.passing("a", -5)));
        list.sort(TrajectoryResult.CANONICAL_ORDER);
        assertEquals(List.of("a:-5", "a:2", "b:1"), list.stream().map(t -> t.scenarioId() + ":" + t.seed()).toList());
        TrajectoryResult small = Trajectories.withSteps(Trajectories.failing("a", 9), 1);
        TrajectoryResult large = Trajectories.withSteps(Trajectories.failing("a", 1), 4);
        assertTrue(TrajectoryResult.BY_SIZE.compare(small, large) < 0);
    }
}
