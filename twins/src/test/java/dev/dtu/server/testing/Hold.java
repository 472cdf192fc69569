package dev.dtu.server.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets a test hold twin requests inside the twin (a slow request) and release them. */
public final class Hold {
    private static volatile CountDownLatch release = new CountDownLatch(1);
    private static final Semaphore ENTERED = new Semaphore(0);

    private Hold() {}

    /** Called by the twin: waits (at most a minute) until the test releases it. */
    static void await() {
        ENTERED.release();
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called by the twin: loops forever, ignoring interrupts (a pinned thread). */
    static void spin() {
        ENTERED.release();
        System.out.println("SPINNING");
        System.out.flush();
        long n = 0;
        while (n >= 0) {
            n = (n + 1) & Long.MAX_VALUE;
        }
    }

    /** Waits until {@code count} requests are inside the twin. */
    public static boolean entered(int count, long seconds) throws InterruptedException {
        return ENTERED.tryAcquire(count, seconds, TimeUnit.SECONDS);
    }

    public static void releaseAll() {
        release.countDown();
        release = new CountDownLatch(1);
    }
}
