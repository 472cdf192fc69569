package dev.dtu.server.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.server.testing.NotesTwin;
import dev.dtu.server.universe.UniverseClock;
import dev.dtu.server.universe.UniverseEvents;
import dev.dtu.server.universe.UniverseRegistry;
import dev.dtu.server.universe.Universes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data directory, a universe's clock (its rate and how far it stands from real time) survives a restart. */
class ClockDurabilityTest {
    @TempDir
    Path dir;

    private UniverseRegistry open(H2Store store) {
        return new UniverseRegistry(List.of(new NotesTwin()), store, () -> "http://x", UniverseEvents.NONE);
    }

    @Test
    void rateAndOffsetSurviveARestart() {
        H2Store store = new H2Store(dir);
        UniverseRegistry registry = open(store);
        String id = registry.create("clocked", null).id();
        registry.setClock(id, new Universes.ClockChange(5.0, Duration.ofDays(3), null));
        store.close();

        UniverseClock.Reading after = open(new H2Store(dir)).clock(id);
        assertEquals(5.0, after.scale());
        assertTrue(after.offset().compareTo(Duration.ofDays(3)) >= 0, after.toString());
        assertTrue(after.offset().compareTo(Duration.ofDays(3).plusMinutes(10)) < 0, after.toString());
    }
}
