package dev.dtu.engine.sweep;

import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.run.TrajectoryRunner;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Lanes share one machine. A trajectory whose wait timed out while other trajectories ran may have timed out
 * because the machine was too busy, not because of the app: it runs once more alone (no other trajectory
 * starts until it ends, and it starts when the running ones have ended), and that run is the one that counts.
 * So a verdict does not depend on the number of lanes. A scenario whose wait times out alone too has a slow
 * or broken app: its later timeouts are not run again.
 */
final class Contention {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong started = new AtomicLong();

    /** One scenario's trajectories: runs them, and re-runs alone those that timed out beside others. */
    final class Reruns {
        private final AtomicBoolean worthIt = new AtomicBoolean(true);
        private final AtomicInteger rerun = new AtomicInteger();
        private final AtomicInteger passedAlone = new AtomicInteger();

        TrajectoryResult run(Supplier<TrajectoryResult> trajectory) {
            Shared first = shared(trajectory);
            TrajectoryResult result = first.result();
            if (result.satisfied() || !first.besideOthers() || !TrajectoryRunner.timedOut(result) || !worthIt.get()) {
                return result;
            }
            TrajectoryResult again = alone(trajectory);
            rerun.incrementAndGet();
            if (again.satisfied()) {
                passedAlone.incrementAndGet();
            }
            if (TrajectoryRunner.timedOut(again)) {
                worthIt.set(false);
            }
            return again;
        }

        /** How many trajectories timed out beside others and ran again alone. */
        int rerun() {
            return rerun.get();
        }

        /** How many of those were satisfied alone: the machine, not the app, made them time out. */
        int passedAlone() {
            return passedAlone.get();
        }
    }

    /** A trajectory run alongside any others, and whether another one ran at some time during it. */
    record Shared(TrajectoryResult result, boolean besideOthers) {}

    Reruns reruns() {
        return new Reruns();
    }

    /** Runs a trajectory alongside any others. */
    Shared shared(Supplier<TrajectoryResult> trajectory) {
        Lock read = lock.readLock();
        read.lock();
        try {
            long before = started.incrementAndGet();
            boolean othersAtStart = running.incrementAndGet() > 1;
            try {
                TrajectoryResult result = trajectory.get();
                return new Shared(result, othersAtStart || started.get() > before);
            } finally {
                running.decrementAndGet();
            }
        } finally {
            read.unlock();
        }
    }

    /** Runs a trajectory with no other running: waits for those running to end, holds back new ones. */
    TrajectoryResult alone(Supplier<TrajectoryResult> trajectory) {
        Lock write = lock.writeLock();
        write.lock();
        try {
            return trajectory.get();
        } finally {
            write.unlock();
        }
    }
}
