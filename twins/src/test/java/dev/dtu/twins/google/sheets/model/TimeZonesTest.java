package dev.dtu.twins.google.sheets.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.twins.google.errors.GoogleException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TimeZonesTest {

    @Property(tries = 1000)
    void everyTzDatabaseIdIsTakenAsItIs(@ForAll("zoneIds") String id) {
        assertEquals(ZoneId.of(id), TimeZones.parse(id).orElseThrow());
        assertEquals(id, TimeZones.require(id));
        assertEquals(ZoneId.of(id), TimeZones.zoneOf(id));
    }

    @Provide
    Arbitrary<String> zoneIds() {
        return Arbitraries.of(new TreeSet<>(ZoneId.getAvailableZoneIds()));
    }

    @Property(tries = 500)
    void gmtOffsetsUpToEighteenHoursAreCustomZones(@ForAll @IntRange(min = -18 * 60, max = 18 * 60) int minutes) {
        String id = String.format("GMT%s%02d:%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
                Math.abs(minutes) % 60);
        ZoneId zone = TimeZones.parse(id).orElseThrow(() -> new AssertionError(id));
        assertEquals(ZoneOffset.ofTotalSeconds(minutes * 60), zone.getRules().getOffset(java.time.Instant.EPOCH));
        assertEquals(id, TimeZones.require(id));
    }

    @Property(tries = 1000)
    void anyTextIsEitherAZoneOrGooglesError(@ForAll String text) {
        if (TimeZones.parse(text).isPresent()) {
            assertEquals(text, TimeZones.require(text));
        } else {
            GoogleException e = assertThrows(GoogleException.class, () -> TimeZones.require(text));
            assertEquals(400, e.code());
            assertEquals("INVALID_ARGUMENT", e.status());
            assertEquals("Invalid timeZone: " + text, e.getMessage());
            assertEquals(ZoneOffset.UTC, TimeZones.zoneOf(text), "an unchecked stored id evaluates in GMT");
        }
    }

    @Example
    void unknownIdsAreRefused() {
        for (String id : new String[] {"Mars/Olympus", "", "GMT+99", "GMT+18:01", "GMT+19:00", "GMT+5", "GMT+0530",
                "UTC+01:00", "UT+01:00", "+01:00", "Z", "america/new_york", "Europe/Paris ", "GMT-07:60"}) {
            assertTrue(TimeZones.parse(id).isEmpty(), id);
            assertThrows(GoogleException.class, () -> TimeZones.require(id), id);
        }
        assertTrue(TimeZones.parse(null).isEmpty());
    }
}
