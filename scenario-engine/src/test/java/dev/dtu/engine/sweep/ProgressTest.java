package dev.dtu.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.stats.Interval;
import dev.dtu.core.stats.ScoreTally;
import dev.dtu.core.verdict.Shard;
import dev.dtu.core.verdict.VerdictPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outsideATerminalAHeartbeatTellsTheSweepIsAlive() throws Exception {
        try (Progress progress = Progress.withHeartbeat(out, 20)) {
            progress.start(2, "sweeping 2 scenarios");
            progress.update("a", 10, 10, 10, 1.0, new Interval(0.7, 1.0), true);
            progress.update("b", 4, 40, 4, 1.0, new Interval(0.5, 1.0), false);
            for (int i = 0; i < 500 && !printed().contains("14 trajectories"); i++) {
                Thread.sleep(10);
            }
        }
        String text = printed();
        assertTrue(text.startsWith("sweeping 2 scenarios\n"), text);
        assertTrue(text.contains("1/2 scenarios settled, 14 trajectories"), text);
        assertTrue(text.contains("left"), text);
        assertFalse(text.contains("\r"), "no terminal control outside a terminal");
    }

    @Test
    void convergeShowsItsStartAndHeartbeatButNoScenarioLines() {
        try (Progress progress = Progress.heartbeatOnly(out)) {
            progress.start(1, "sweeping 1 scenarios");
            progress.update("a", 10, 10, 10, 1.0, new Interval(0.7, 1.0), true);
            progress.heartbeat();
        }
        String[] lines = printed().split("\n");
        assertEquals(2, lines.length, printed());
        assertTrue(lines[1].startsWith("… 1/1 scenarios settled, 10 trajectories"), printed());
    }

    @Test
    void theBarCountsAgainstTheWorkTheVerdictNeedsNotTheBudget() {
        Sweep sweep = new Sweep(null, null, new SweepOptions(0, 200, 1, 1, new VerdictPolicy(0.9, 0.95, 0.5), Shard.WHOLE,
                10, false, 0), Progress.SILENT);
        ScoreTally allSatisfied = ScoreTally.EMPTY;
        for (int i = 0; i < 10; i++) {
            allSatisfied = allSatisfied.plus(1.0, true);
        }
        // Wilson's lower bound for n of n reaches 0.9 between 30 (0.886) and 40 (0.912).
        assertEquals(40, sweep.needed(allSatisfied, 200));
        ScoreTally atTheThreshold = ScoreTally.EMPTY.plus(0.0, false);
        for (int i = 0; i < 9; i++) {
            atTheThreshold = atTheThreshold.plus(1.0, true);
        }
        assertEquals(200, sweep.needed(atTheThreshold, 200), "a share right at the threshold never settles: the budget");
    }
}
