package dev.dtu.server.universe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A universe's time: real time run at a rate ({@code scale}, 1 = real time) from an anchor, which can jump
 * ({@link #advance}, {@link #at}). Every twin reads it through {@code Universe.clock()}; an app started by the
 * engine reads the same time through libfaketime's offset file.
 */
public final class UniverseClock extends Clock {
    /** The largest rate a universe may run at; beyond it a millisecond of real time is more than a minute. */
    public static final double MAX_SCALE = 1000;

    /** Where the universe's time stood ({@code universeAt}) when the base clock read {@code realAt}. */
    private record Anchor(Instant realAt, Instant universeAt, double scale) {}

    private volatile Clock base;
    private volatile Anchor anchor;

    public UniverseClock() {
        this(Clock.systemUTC());
    }

    public UniverseClock(Clock base) {
        this.base = base;
        Instant now = base.instant();
        this.anchor = new Anchor(now, now, 1);
    }

    /** What a universe's clock is set to: its time now, its rate and how far it stands from real time. */
    public record Reading(Instant now, double scale, Duration offset) {}

    @Override
    public Instant instant() {
        return at(anchor, base.instant());
    }

    private static Instant at(Anchor a, Instant real) {
        long realNanos = Duration.between(a.realAt(), real).toNanos();
        return a.universeAt().plusNanos(Math.round(realNanos * a.scale()));
    }

    public double scale() {
        return anchor.scale();
    }

    public Reading reading() {
        Instant real = base.instant();
        Anchor a = anchor;
        Instant now = at(a, real);
        return new Reading(now, a.scale(), Duration.between(real, now));
    }

    /** Runs from now on at {@code scale} times real time; the time itself does not jump. */
    public synchronized void setScale(double scale) {
        checkScale(scale);
        Instant real = base.instant();
        anchor = new Anchor(real, at(anchor, real), scale);
    }

    /** Jumps forward (never back: a twin's timers and issued tokens assume time only grows). */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("advance: time only moves forward, got " + by);
        }
        Instant real = base.instant();
        anchor = new Anchor(real, at(anchor, real).plus(by), anchor.scale());
    }

    /** Sets the universe's time to {@code when}, earlier or later than now. */
    public synchronized void at(Instant when) {
        anchor = new Anchor(base.instant(), when, anchor.scale());
    }

    /** Takes another's time and rate (a fork goes on from its source's time). */
    public synchronized void follow(Reading other) {
        Instant real = base.instant();
        checkScale(other.scale());
        anchor = new Anchor(real, real.plus(other.offset()), other.scale());
    }

    /**
     * Reads time from {@code newBase} from now on, at rate 1 and without offset: what tests do to put a universe
     * at a fixed or shifted time.
     */
    public synchronized void rebase(Clock newBase) {
        base = newBase;
        Instant now = newBase.instant();
        anchor = new Anchor(now, now, 1);
    }

    /** How long real time takes to bring the universe's clock to {@code when} (zero when it is there). */
    public Duration realDelayUntil(Instant when) {
        Anchor a = anchor;
        long universeNanos = Duration.between(at(a, base.instant()), when).toNanos();
        return universeNanos <= 0 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil(universeNanos / a.scale()));
    }

    /** How long real time a span of universe time takes at the current rate. */
    public Duration realDuration(Duration universeSpan) {
        return Duration.ofNanos((long) Math.ceil(universeSpan.toNanos() / anchor.scale()));
    }

    static void checkScale(double scale) {
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale: expected more than 0 and at most " + (int) MAX_SCALE + ", got " + scale);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Zoned(this, zone);
    }

    /** The same time seen in another zone. */
    private static final class Zoned extends Clock {
        private final UniverseClock clock;
        private final ZoneId zone;

        Zoned(UniverseClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return clock.withZone(z);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
