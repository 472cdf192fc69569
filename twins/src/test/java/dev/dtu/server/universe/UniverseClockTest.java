package dev.dtu.server.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A universe's clock runs at its rate from where it was set, and jumps only when told. */
class UniverseClockTest {
    /** Real time that moves only when the test says. */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static final Instant START = Instant.parse("2026-12-07T12:00:00Z");
    private final ManualClock real = new ManualClock(START);
    private final UniverseClock clock = new UniverseClock(real);

    @Test
    void atRateOneItIsRealTime() {
        real.pass(Duration.ofSeconds(7));
        assertEquals(START.plusSeconds(7), clock.instant());
        assertEquals(Duration.ZERO, clock.reading().offset());
    }

    @Test
    void aRateMultipliesTheTimeThatPassesFromThenOn() {
        real.pass(Duration.ofSeconds(2));
        clock.setScale(10);
        real.pass(Duration.ofMillis(1500));
        assertEquals(START.plusSeconds(2 + 15), clock.instant());
        assertEquals(Duration.ofMillis(13_500), clock.reading().offset());
    }

    @Test
    void advanceAndAtJumpWithoutChangingTheRate() {
        clock.setScale(4);
        clock.advance(Duration.ofHours(1));
        assertEquals(START.plus(Duration.ofHours(1)), clock.instant());
        real.pass(Duration.ofSeconds(1));
        assertEquals(START.plus(Duration.ofHours(1)).plusSeconds(4), clock.instant());
        Instant newYear = Instant.parse("2027-01-01T09:00:00Z");
        clock.at(newYear);
        real.pass(Duration.ofMillis(250));
        assertEquals(newYear.plusSeconds(1), clock.instant());
        assertEquals(4, clock.scale());
    }

    @Test
    void realDelaysShrinkWithTheRate() {
        clock.setScale(10);
        assertEquals(Duration.ofMillis(300), clock.realDelayUntil(START.plusSeconds(3)));
        assertEquals(Duration.ZERO, clock.realDelayUntil(START.minusSeconds(3)));
        assertEquals(Duration.ofMillis(200), clock.realDuration(Duration.ofSeconds(2)));
    }

    @Test
    void followingAReadingTakesItsOffsetAndRate() {
        UniverseClock other = new UniverseClock(real);
        other.setScale(10);
        other.advance(Duration.ofMinutes(5));
        real.pass(Duration.ofSeconds(1));
        clock.follow(other.reading());
        assertEquals(other.instant(), clock.instant());
        real.pass(Duration.ofSeconds(1));
        assertEquals(other.instant(), clock.instant());
    }

    @Test
    void timeNeverGoesBackByAdvanceAndTheRateIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> clock.setScale(0));
        assertThrows(IllegalArgumentException.class, () -> clock.setScale(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> clock.setScale(UniverseClock.MAX_SCALE + 1));
        assertEquals(START, clock.instant());
    }

    @Test
    void aZonedViewReadsTheSameTime() {
        clock.advance(Duration.ofDays(2));
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
        assertEquals(clock.instant(), paris.instant());
        assertEquals(ZoneId.of("Europe/Paris"), paris.getZone());
    }
}
