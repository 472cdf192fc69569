package dev.dtu.engine.sweep;

import dev.dtu.engine.run.Lane;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Interchangeable lanes (same app, same world) and the threads that run trajectories on them. Every scenario
 * using these lanes submits here, so while one scenario waits on a slow trajectory the other lanes serve the
 * other scenarios.
 */
final class LaneGroup implements AutoCloseable {
    private final List<Lane> lanes;
    private final BlockingQueue<Lane> free;
    private final ExecutorService threads;

    LaneGroup(List<Lane> lanes, String name) {
        this.lanes = List.copyOf(lanes);
        this.free = new ArrayBlockingQueue<>(lanes.size(), true, lanes);
        this.threads = Executors.newFixedThreadPool(lanes.size(), r -> {
            Thread t = new Thread(r, "dtu-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the work on the next free lane, on one of this group's threads. */
    <T> Future<T> submit(Function<Lane, T> work) {
        return threads.submit(() -> onLane(work));
    }

    /** Runs the work on the next free lane, on the calling thread. */
    <T> T onLane(Function<Lane, T> work) throws InterruptedException {
        Lane lane = free.take();
        try {
            return work.apply(lane);
        } finally {
            free.put(lane);
        }
    }

    /** Stops the apps all at once (each waits for its process to end; one by one that added up to seconds). */
    @Override
    public void close() {
        threads.shutdownNow();
        List<Thread> closing = lanes.stream().map(lane -> Thread.ofPlatform().name("dtu-close-lane").start(lane::close))
                .toList();
        for (Thread t : closing) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
