package dev.dtu.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The heavy lane lets only its permits' worth of heavy work run at once, and frees a permit whatever the work did. */
class HeavyLaneTest {
    @Test
    void largeAndEncodedBodiesAreHeavySmallPlainOnesAreNot() {
        assertFalse(HeavyLane.isHeavy(HeavyLane.HEAVY_BODY, false));
        assertTrue(HeavyLane.isHeavy(HeavyLane.HEAVY_BODY + 1, false));
        assertTrue(HeavyLane.isHeavy(20, true), "a small gzip body may inflate to the limit");
        assertFalse(HeavyLane.isHeavy(0, true));
    }

    @Test
    void atMostItsPermitsRunAtOnceAndTheRestWait() throws Exception {
        HeavyLane lane = new HeavyLane(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoIn = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            threads.add(Thread.ofPlatform().start(() -> lane.serve(() -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                twoIn.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return inside.decrementAndGet();
            })));
        }
        assertTrue(twoIn.await(10, TimeUnit.SECONDS));
        Thread.sleep(100); // room for a third to enter, were the lane not holding it back
        assertEquals(2, inside.get(), "two hold the permits, three wait");
        release.countDown();
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(2, most.get());
        assertEquals(0, inside.get());
    }

    @Test
    void aFailingWorkGivesItsPermitBack() {
        HeavyLane lane = new HeavyLane(1);
        assertThrows(IllegalStateException.class, () -> lane.serve(() -> {
            throw new IllegalStateException("the twin failed");
        }));
        assertEquals("next", lane.serve(() -> "next"));
    }
}
