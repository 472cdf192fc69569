package dev.dtu.server.http;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Where requests with large or encoded bodies are served: at most {@link #permits()} at once, first come first
 * served, so that however many such requests arrive (a flood of 10 MiB bodies, gzip bombs, long multipart uploads)
 * the other cores stay free for health checks and every other request. Only the work is gated, not reading the body:
 * a slow uploader holds no permit while its bytes trickle in. Issue 15's fairness: the bench {@code fairness}.
 */
public final class HeavyLane {
    /** A body above this many bytes is heavy (a gzip body of any size is: its inflated size is unknown). */
    public static final int HEAVY_BODY = 1 << 20;

    private final Semaphore permits;
    private final int size;

    public HeavyLane(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits " + permits);
        }
        this.size = permits;
        this.permits = new Semaphore(permits, true);
    }

    /** Half the machine's cores, at least one: on 2 cores, one heavy request at a time. */
    public static HeavyLane forThisMachine() {
        return new HeavyLane(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    public static boolean isHeavy(int bodyBytes, boolean encoded) {
        return bodyBytes > HEAVY_BODY || (encoded && bodyBytes > 0);
    }

    public int permits() {
        return size;
    }

    /** The work, once a permit is free; the caller's thread waits (a worker thread, never an IO thread). */
    public <T> T serve(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
