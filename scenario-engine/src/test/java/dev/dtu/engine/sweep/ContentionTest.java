package dev.dtu.engine.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dtu.core.trajectory.CheckResult;
import dev.dtu.core.trajectory.StepRecord;
import dev.dtu.core.trajectory.TrajectoryResult;
import dev.dtu.engine.run.TrajectoryRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContentionTest {
    private final Contention contention = new Contention();
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void aTimeoutCausedByOtherTrajectoriesIsRunAgainAloneAndTheAloneRunCounts() throws Exception {
        Contention.Reruns reruns = contention.reruns();
        List<TrajectoryResult> results = together(4, () -> reruns.run(this::timesOutWhenCrowded));
        assertTrue(results.stream().allMatch(TrajectoryResult::satisfied), results.toString());
        assertTrue(reruns.rerun() >= 1, "at least the crowded ones ran again");
        assertEquals(reruns.rerun(), reruns.passedAlone());
        assertEquals(4 + reruns.rerun(), runs.get());
    }

    @Test
    void aTimeoutThatHappensAloneTooIsTheAppsAndStopsTheScenariosReruns() throws Exception {
        Contention.Reruns reruns = contention.reruns();
        List<TrajectoryResult> first = together(2, () -> reruns.run(this::alwaysTimesOut));
        assertTrue(first.stream().allMatch(TrajectoryRunner::timedOut));
        int afterFirst = reruns.rerun();
        assertTrue(afterFirst >= 1 && afterFirst <= 2, "each crowded timeout ran again at most once: " + afterFirst);
        assertEquals(0, reruns.passedAlone());

        together(2, () -> reruns.run(this::alwaysTimesOut));
        assertEquals(afterFirst, reruns.rerun(), "no more re-runs once a timeout happened alone");
    }

    @Test
    void aTimeoutWithNoOtherTrajectoryRunningIsNotRunAgain() {
        Contention.Reruns reruns = contention.reruns();
        TrajectoryResult r = reruns.run(this::alwaysTimesOut);
        assertTrue(TrajectoryRunner.timedOut(r));
        assertEquals(0, reruns.rerun());
        assertEquals(1, runs.get());
    }

    @Test
    void failedChecksAreNeverRunAgainEvenWhenCrowded() throws Exception {
        Contention.Reruns reruns = contention.reruns();
        List<TrajectoryResult> results = together(3, () -> reruns.run(() -> timed(() -> result(false, "ok", ""))));
        assertTrue(results.stream().noneMatch(TrajectoryResult::satisfied));
        assertEquals(0, reruns.rerun());
        assertEquals(3, runs.get());
    }

    @Test
    void anAloneRunWaitsForRunningTrajectoriesAndHoldsBackNewOnes() throws Exception {
        CountDownLatch sharedStarted = new CountDownLatch(1);
        CountDownLatch releaseShared = new CountDownLatch(1);
        Future<?> shared = threads.submit(() -> contention.shared(() -> {
            sharedStarted.countDown();
            await(releaseShared);
            return timed(() -> result(true, "ok", ""));
        }));
        sharedStarted.await();
        Future<TrajectoryResult> alone = threads.submit(() -> contention.alone(() -> timed(() -> result(true, "ok", ""))));
        Thread.sleep(100);
        assertFalse(alone.isDone(), "the alone run waits for the running trajectory");
        releaseShared.countDown();
        shared.get();
        assertTrue(alone.get().satisfied());
        assertFalse(inFlight.get() > 0);
    }

    /** Runs n trajectories at the same moment on n threads. */
    private List<TrajectoryResult> together(int n, Supplier<TrajectoryResult> trajectory) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<TrajectoryResult>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            futures.add(threads.submit(() -> {
                await(go);
                return trajectory.get();
            }));
        }
        go.countDown();
        List<TrajectoryResult> out = new ArrayList<>();
        for (Future<TrajectoryResult> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    /** A trajectory whose wait times out when another one runs at any time during it (a starved machine). */
    private TrajectoryResult timesOutWhenCrowded() {
        int atStart = inFlight.incrementAndGet();
        runs.incrementAndGet();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        boolean crowded = atStart > 1 || inFlight.get() > 1;
        inFlight.decrementAndGet();
        return crowded ? timedOut() : result(true, "ok", "");
    }

    private TrajectoryResult alwaysTimesOut() {
        return timed(ContentionTest::timedOut);
    }

    /** Counts the run and keeps it in flight for a moment, so trajectories started together overlap. */
    private TrajectoryResult timed(Supplier<TrajectoryResult> answer) {
        inFlight.incrementAndGet();
        runs.incrementAndGet();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
        }
        return answer.get();
    }

    private static TrajectoryResult timedOut() {
        return result(false, "failed", "timed out after 8000 ms waiting until state.slack.replied");
    }

    private static TrajectoryResult result(boolean satisfied, String outcome, String detail) {
        List<CheckResult> checks = List.of(satisfied ? CheckResult.pass("replied", "") : CheckResult.fail("replied", "no reply"));
        return new TrajectoryResult("s", 1, satisfied ? 1 : 0, satisfied, checks,
                List.of(new StepRecord(0, "the app replies", 0, 10, outcome, detail)), List.of(), null, false, null, "", 10);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
