package dev.dtu.server.universe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A universe's timers, due by its clock: each fires once, in the order of its time (then of its setting), on the
 * one wake-up thread. One real-time wake-up is armed for the earliest; when the clock jumps or changes rate the
 * due timers fire at once and the wake-up is armed again.
 */
final class Timers {
    private record Timer(Instant at, long seq, Runnable action) {}

    private static final Comparator<Timer> ORDER = Comparator.comparing(Timer::at).thenComparingLong(Timer::seq);

    private final UniverseClock clock;
    private final BooleanSupplier live;
    private final Universe universe;
    private final PriorityQueue<Timer> pending = new PriorityQueue<>(ORDER);
    private long nextSeq;
    private ScheduledFuture<?> armed;
    private Instant armedFor;

    Timers(Universe universe, UniverseClock clock, BooleanSupplier live) {
        this.universe = universe;
        this.clock = clock;
        this.live = live;
    }

    synchronized void add(Instant at, Runnable action) {
        pending.add(new Timer(at, nextSeq++, action));
        arm();
    }

    synchronized int size() {
        return pending.size();
    }

    /**
     * The clock has changed rate or been set: fires what is now due (waiting up to 10 s for those timers to run,
     * so the caller sees their effects) and arms the wake-up for the rest.
     */
    void clockChanged() {
        rearm();
        onWakeUpThread(this::fireDue);
    }

    /**
     * Moves the clock to {@code target} through every timer due by then: the clock stands at each one's time while
     * it runs (a message scheduled for 09:00 posts at 09:00 even when the clock jumps to noon), then at the target.
     */
    void moveTo(Instant target) {
        onWakeUpThread(() -> {
            while (live.getAsBoolean()) {
                Timer next;
                synchronized (this) {
                    next = pending.peek();
                    if (next == null || next.at().isAfter(target)) {
                        break;
                    }
                    pending.poll();
                }
                if (next.at().isAfter(clock.instant())) {
                    clock.at(next.at());
                }
                WakeUps.run(universe, next.action());
            }
            clock.at(target);
        });
        clockChanged();
    }

    private void onWakeUpThread(Runnable work) {
        if (WakeUps.onWakeUpThread()) {
            work.run(); // a timer changed the clock
            return;
        }
        var done = WakeUps.SCHEDULER.submit(work);
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a slow timer keeps running on the wake-up thread; the clock change itself goes on
        }
    }

    /** Runs every due timer in order; a timer that sets another already due runs it in the same pass. */
    void fireDue() {
        while (live.getAsBoolean()) {
            Timer next;
            synchronized (this) {
                next = pending.peek();
                if (next == null || next.at().isAfter(clock.instant())) {
                    arm();
                    return;
                }
                pending.poll();
            }
            WakeUps.run(universe, next.action());
        }
    }

    /** Arms one real-time wake-up for the earliest timer, unless one is armed for it already. */
    private void arm() {
        Timer first = pending.peek();
        if (first == null || !live.getAsBoolean()) {
            return;
        }
        if (armed != null && !armed.isDone()) {
            if (first.at().equals(armedFor)) {
                return;
            }
            armed.cancel(false);
        }
        long delayMicros = clock.realDelayUntil(first.at()).toNanos() / 1000 + 1000;
        armedFor = first.at();
        armed = WakeUps.SCHEDULER.schedule(this::fireDue, delayMicros, TimeUnit.MICROSECONDS);
    }

    /** After a clock change: the armed wake-up may be for the wrong real time. */
    synchronized void rearm() {
        if (armed != null) {
            armed.cancel(false);
            armed = null;
        }
        arm();
    }

    synchronized List<Instant> dueTimes() {
        List<Timer> all = new ArrayList<>(pending);
        all.sort(ORDER);
        return all.stream().map(Timer::at).toList();
    }
}
