package dev.dtu.server.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.state.StateStore;
import dev.dtu.server.testing.NotesTwin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Advancing a universe's clock fires exactly the timers now due, each once, in the order of their times (those
 * set for the same time in the order they were set), each with the clock at its own time, before the advance
 * returns; the rest wait.
 */
class TimersPropertyTest {
    private static final UniverseRegistry REGISTRY =
            new UniverseRegistry(List.of(new NotesTwin()), StateStore.NONE, () -> "http://x", UniverseEvents.NONE);

    private record Fired(Instant at, int index) {}

    @Property(tries = 40)
    void advancingFiresWhatIsDueInOrderExactlyOnce(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 7200) Integer> minutesAhead,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 3000) Integer> advances) {
        Universe u = REGISTRY.require(REGISTRY.create(null, null).id());
        try {
            // far enough ahead that real time passing during the test cannot make one due
            Instant origin = u.setClock(null, Duration.ofDays(1), null).now();
            List<Fired> fired = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < minutesAhead.size(); i++) {
                Instant at = origin.plus(Duration.ofMinutes(minutesAhead.get(i)));
                int index = i;
                u.wakeAt(at, () -> {
                    Instant seen = u.clock().instant();
                    assertTrue(!seen.isBefore(at) && seen.isBefore(at.plusSeconds(1)), "runs at its time: " + seen + " for " + at);
                    fired.add(new Fired(at, index));
                });
            }
            long advanced = 0;
            for (int minutes : advances) {
                advanced += minutes;
                Instant now = u.setClock(null, Duration.ofMinutes(minutes), null).now();
                List<Fired> expected = new ArrayList<>();
                for (int i = 0; i < minutesAhead.size(); i++) {
                    Instant at = origin.plus(Duration.ofMinutes(minutesAhead.get(i)));
                    if (!at.isAfter(now)) {
                        expected.add(new Fired(at, i));
                    }
                }
                expected.sort(java.util.Comparator.comparing(Fired::at).thenComparingInt(Fired::index));
                assertEquals(expected, List.copyOf(fired), "after advancing " + advanced + " minutes");
                assertEquals(minutesAhead.size() - expected.size(), u.timersDue().size());
            }
        } finally {
            REGISTRY.delete(u.id());
        }
    }

    @Property(tries = 3)
    void aTimerDueAtARateFiresSoonerInRealTime(@ForAll @IntRange(min = 500, max = 1000) int scale) throws Exception {
        Universe u = REGISTRY.require(REGISTRY.create(null, null).id());
        try {
            u.setClock((double) scale, null, null);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            u.wakeAfter(Duration.ofSeconds(60), done::countDown);
            // a minute of universe time is at most 120 ms of real time at these rates, a minute at rate 1
            assertTrue(done.await(30, java.util.concurrent.TimeUnit.SECONDS));
        } finally {
            REGISTRY.delete(u.id());
        }
    }

    @Property(tries = 10)
    void aDeletedUniversesTimersNeverFire(@ForAll @IntRange(min = 1, max = 60) int minutes) {
        Universe u = REGISTRY.require(REGISTRY.create(null, null).id());
        List<String> fired = Collections.synchronizedList(new ArrayList<>());
        u.wakeAfter(Duration.ofMinutes(minutes), () -> fired.add("x"));
        REGISTRY.delete(u.id());
        u.setClock(null, Duration.ofMinutes(minutes), null);
        assertEquals(List.of(), fired);
    }
}
