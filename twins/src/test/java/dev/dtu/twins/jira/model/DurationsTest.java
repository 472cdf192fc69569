package dev.dtu.twins.jira.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Jira's durations: 8-hour days, 5-day weeks, minutes for a bare number. */
class DurationsTest {
    @Test
    void jirasSyntax() {
        assertEquals(5400, Durations.parse("1h 30m").orElseThrow());
        assertEquals(2 * 5 * 8 * 3600 + 3 * 8 * 3600, Durations.parse("2w 3d").orElseThrow());
        assertEquals(300, Durations.parse("5").orElseThrow());
        assertEquals(5400, Durations.parse("1.5h").orElseThrow());
        assertTrue(Durations.parse("not a duration").isEmpty());
        assertTrue(Durations.parse("1x").isEmpty());
        assertTrue(Durations.parse("").isEmpty());
        assertEquals("1w 1d 1h 1m", Durations.format(5 * 8 * 3600 + 8 * 3600 + 3600 + 60));
    }

    @Property(tries = 200)
    void formattedDurationsParseBack(@ForAll @LongRange(min = 1, max = 100_000) long minutes) {
        assertEquals(minutes * 60, Durations.parse(Durations.format(minutes * 60)).orElseThrow());
    }
}
